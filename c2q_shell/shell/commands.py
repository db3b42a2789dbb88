"""The shell's meta-commands, each registered with `@reg.command(...)` on the registry that
`build_registry` makes (see registry.py for the decorator and the shared wrapper)."""
from __future__ import annotations

import difflib
import threading
import time
from pathlib import Path
from typing import Callable, TypeVar

from ..api.errors import ApiError, Cancelled
from ..render import table
from ..render.theme import ThemeError, available, load_theme, make_style
from .export import plural
from .registry import CommandRegistry, Context, Usage
from .state import Round

Installer = Callable[[CommandRegistry], None]
T = TypeVar("T")


def build_registry(*more: Installer) -> CommandRegistry:
    """A registry with the built-in commands, then those the `more` installers add."""
    reg = CommandRegistry()
    for install in (install_basics, install_sessions, install_rounds, install_chat2query, install_display, *more):
        install(reg)
    return reg


# --------------------------------------------------------------------------------------
# helpers shared by commands
# --------------------------------------------------------------------------------------
def round_arg(sh: Context, arg: str) -> Round:
    """Round N, or the last round when no N is given; Usage when there is none."""
    if not arg:
        if not sh.state.rounds:
            raise Usage("no rounds yet")
        return sh.state.rounds[-1]
    r = sh.state.round(int(arg)) if arg.isdigit() else None
    if r is None:
        raise Usage(f"no round {arg} (\\history lists them)")
    return r


def busy(sh: Context, label: str, work: Callable[[], T]) -> T:
    """An API call (or several) made in a worker thread while the spinner, with the elapsed time
    and the Ctrl-C hint, and the toolbar stay on screen; Ctrl-C raises KeyboardInterrupt at once."""
    from .rounds import wait_for
    return wait_for(sh.printer, work, lambda: label)


def load(sh: Context, r: Round) -> bool:
    """Fetch a resumed round's answer from its job; True when the round has one."""
    if r.result is not None or not r.job_id:
        return r.result is not None
    try:
        job = busy(sh, f"loading round {r.number}…", lambda: sh.backend.client.job(r.job_id))
    except ApiError as e:
        sh.printer.error(f"cannot load round {r.number}: {e}")
        return False
    r.result = job.answer
    if job.status == "failed":
        r.error = job.reason
    return r.result is not None


def rounds_completer(sh: Context, prefix: str) -> list[str]:
    return [str(r.number) for r in sh.state.rounds if str(r.number).startswith(prefix)]


def export_completer(sh: Context, arg: str) -> list[str]:
    """`conversation `, then file names for the last word of the argument."""
    head, sep, word = arg.rpartition(" ")
    out = ["conversation "] if not sep and word and "conversation".startswith(word) else []
    folder, slash, stem = word.rpartition("/")
    where = Path(folder or ("/" if slash else ".")).expanduser()
    try:
        names = sorted(p.name + ("/" if p.is_dir() else "") for p in where.iterdir()
                       if p.name.startswith(stem) and not p.name.startswith("."))
    except OSError:
        names = []
    return out + [head + sep + folder + slash + n for n in names[:40]]


def wrap(text: str, columns: int, first: str = "", rest: str = "") -> str:
    """text wrapped between words at `columns`, the first line after `first`, the others after `rest`."""
    from ..render.text import words
    return "\n".join(words(text, max(len(first) + 20, columns), first, rest))


def on_off(sh: Context, arg: str) -> list[str]:
    return [x for x in ("on", "off") if x.startswith(arg)]


# --------------------------------------------------------------------------------------
def install_basics(reg: CommandRegistry) -> None:
    @reg.command("help", usage="[command]", help="list commands, or explain one", aliases=("h", "?"),
                 complete=lambda sh, a: [n for n in reg.names() if n.startswith(a)])
    def help_(sh: Context, arg: str) -> None:
        if arg:
            name = arg.lstrip("\\/")
            cmd = sh.commands.find(name)
            if cmd is None:
                raise Usage(f"no command \\{name}")
            names = ", ".join(f"\\{n}" for n in (cmd.name, *cmd.aliases))
            more = "".join(f"\n  {line}" for line in cmd.details.splitlines())
            sh.printer.text(f"{names}  {cmd.usage}\n  {cmd.help}{more}")
            return
        cols = sh.printer.width - 1
        lines = [wrap("Type a question to ask it as the next round of this session. Commands (\\name or /name):",
                      cols)]
        cmds = sorted(sh.commands.commands.values(), key=lambda c: c.name)
        w = max(len(c.usage) for c in cmds)
        for cmd in cmds:     # each help wrapped between words under itself (not by the terminal)
            head = f"  \\{cmd.name:<9} {cmd.usage:<{w}}  "
            lines.append(wrap(cmd.help, cols, head, " " * len(head)))
        lines.append(wrap("Keys: F2 toggles the mode · Alt-Enter new line · Ctrl-X Ctrl-E editor · Ctrl-C cancels · "
                          "Ctrl-D quits", cols, "", "  "))
        sh.printer.text("\n".join(lines))

    @reg.command("quit", help="leave c2q (Ctrl-D too)", aliases=("q", "exit"))
    def quit_(sh: Context, arg: str) -> None:
        sh.state.running = False

    @reg.command("mode", usage="[direct|auto_breakdown]", help="switch SQL generation mode (F2 toggles)",
                 complete=lambda sh, a: [m for m in ("direct", "auto_breakdown") if m.startswith(a)])
    def mode(sh: Context, arg: str) -> None:
        if not arg:
            sh.state.mode = "auto_breakdown" if sh.state.mode == "direct" else "direct"
        elif arg in ("direct", "auto_breakdown", "breakdown", "auto"):
            sh.state.mode = "direct" if arg == "direct" else "auto_breakdown"
        else:
            raise Usage("usage: \\mode [direct|auto_breakdown]")
        sh.printer.info(f"mode: {sh.state.mode}")

    @reg.command("summary", usage="[table[.col] | col]", help="tables and descriptions of the data summary",
                 ready=True, fails="cannot read the data summary")
    def summary(sh: Context, arg: str) -> None:
        b = sh.backend
        items = [s for s in busy(sh, "reading the data summary…",
                                 lambda: b.client.data_summaries(b.target.cluster_id, b.target.database))
                 if s.status == "done"]
        if not items:
            raise Usage("no data summary yet")
        s = items[-1]
        tables = s.tables
        want_col = ""
        if arg:
            name, _, want_col = arg.partition(".")
            tables = [t for t in s.tables if t.name.lower() == name.lower()]
            if not tables and not want_col:         # a column name: the tables that have it
                want_col = name
                tables = [t for t in s.tables if any(c.lower() == name.lower() for c in t.columns)]
            if not tables:
                raise Usage(f"no table or column '{arg}' in the data summary of {s.database} "
                            f"(tables: {', '.join(t.name for t in s.tables)})")
            if want_col and not any(c.lower() == want_col.lower() for t in tables for c in t.columns):
                raise Usage(f"table {tables[0].name} has no column '{want_col}' "
                            f"(columns: {', '.join(tables[0].columns)})")
        out = [("class:task", f"{s.database}"), ("", f" (data summary {s.data_summary_id})\n")]
        if s.description and not arg:
            out.append(("class:description", s.description + "\n"))
        for t in tables:
            out.append(("class:round", f"\n{t.name}"))
            out.append(("", wrap(f"{t.name}: {t.description}", sh.printer.width - 1)[len(t.name):] + "\n"))
            if arg or len(s.tables) <= 6:
                rows = [[c, d] for c, d in t.columns.items() if not want_col or c.lower() == want_col.lower()]
                if want_col:           # one column: its whole description, wrapped
                    out.extend(("", wrap(d, sh.printer.width - 1, f"  {c}: ", "    ") + "\n") for c, d in rows)
                    continue
                name_w = max([len("column")] + [len(c) for c, _ in rows])
                out.extend(table.render(["column", "description"], rows, "table", 0,
                                        max(40, sh.printer.width - name_w - 9), sh.printer.width, noun="column"))
        if s.relationships and not arg:
            out.append(("class:round", "\nrelationships\n"))
            for a, ac, b2, bc in s.relationships:
                out.append(("", f"  {a}.{ac} → {b2}.{bc}\n"))
        sh.printer.out(out)

    @reg.command("suggest", help="questions this database can answer", ready=True, fails="no suggestions")
    def suggest(sh: Context, arg: str) -> None:
        b = sh.backend
        cancel = threading.Event()
        try:
            job = busy(sh, "suggesting…", lambda: b.client.wait(b.client.suggest(b.target.cluster_id, b.target.database),
                                                                 timeout=120, cancel=cancel))
        except (Cancelled, KeyboardInterrupt):
            cancel.set()
            raise Usage("no suggestions: cancelled") from None
        qs = job.raw_result if isinstance(job.raw_result, list) else []
        sh.printer.text("\n".join(f"  {i}. {q}" for i, q in enumerate(qs, 1)) or "no suggestions")


# --------------------------------------------------------------------------------------
def install_sessions(reg: CommandRegistry) -> None:
    @reg.command("new", usage="[name]", help="start a new session (named by its first question unless named)",
                 ready=True, fails="cannot start a new session")
    def new(sh: Context, arg: str) -> None:
        s = busy(sh, "starting a session…", lambda: sh.backend.new_session(arg)) if arg else sh.backend.new_session(arg)
        if s is None:
            sh.printer.info("new session: it starts with your next question, which names it")
        else:
            sh.printer.info(f"new session {s.session_id} ({s.name})")

    @reg.command("rename", usage="NAME", help="name the current session", aliases=("name",), ready=True,
                 fails="cannot rename the session")
    def rename(sh: Context, arg: str) -> None:
        if not arg:
            raise Usage("usage: \\rename NAME")
        if sh.backend.session is None:
            raise Usage("no session yet: it starts with your next question (or \\new NAME)")
        s = busy(sh, "renaming…", lambda: sh.backend.rename(arg))
        sh.printer.info(f"session {s.session_id} is now called {s.name!r}")

    @reg.command("sessions", usage="[all]", help="this database's sessions: name, rounds, last activity",
                 aliases=("ls",), ready=True, fails="cannot list sessions",
                 complete=lambda sh, a: ["all"] if "all".startswith(a) else [])
    def sessions(sh: Context, arg: str) -> None:
        if arg not in ("", "all"):
            raise Usage("usage: \\sessions [all]   (all: also those with no rounds)")
        items = busy(sh, "listing sessions…", sh.backend.sessions)
        current = sh.backend.session.session_id if sh.backend.session else None
        shown = [s for s in items if arg == "all" or s.rounds != 0 or s.session_id == current]
        if not shown:
            sh.printer.info("no sessions yet: your first question starts one")
            return
        now = time.time()
        rows = [[s.session_id, s.name or "(unnamed)", "" if s.rounds is None else s.rounds,
                 ago(now, s.updated_at), "← current" if s.session_id == current else ""] for s in shown[:50]]
        sh.printer.out(table.render(["session", "name", "rounds", "last activity", ""], rows, "table", 50, 50,
                                    sh.printer.width, noun="session"))
        hidden = len(items) - len(shown)
        more = len(shown) - 50
        notes = ([f"{plural(more, 'older session')} not shown"] if more > 0 else []) + \
                ([f"{plural(hidden, 'session')} without rounds hidden (\\sessions all)"] if hidden else [])
        if notes:
            sh.printer.info("; ".join(notes))

    def session_ids(sh: Context, prefix: str) -> list[tuple[str, str]]:
        if not sh.backend.started:
            return []
        return [(str(s.session_id), s.name or "") for s in sh.backend.sessions()[:30]
                if str(s.session_id).startswith(prefix) and s.rounds != 0]

    @reg.command("resume", usage="ID", help="continue an earlier session", aliases=("r",), ready=True,
                 complete=session_ids)
    def resume(sh: Context, arg: str) -> None:
        if not arg.isdigit():
            raise Usage("usage: \\resume SESSION_ID (\\sessions lists them)")
        try:
            s = busy(sh, f"resuming session {arg}…", lambda: sh.backend.resume(int(arg)))
        except ApiError as e:
            raise Usage(f"cannot resume session {arg}: {e}") from None
        sh.printer.info(f"resumed session {s.session_id}" + (f" ({s.name})" if s.name else "")
                        + f": {plural(len(sh.state.rounds), 'round')}")
        sh.commands.run(sh, "\\history")


def ago(now: float, then: int) -> str:
    """When, for people: '2 min ago', '3 h ago', then the date."""
    if not then:
        return ""
    d = max(0, now - then)
    if d < 60:
        return "just now"
    if d < 3600:
        return f"{int(d // 60)} min ago"
    if d < 86400:
        return f"{int(d // 3600)} h ago"
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(then))


# --------------------------------------------------------------------------------------
def install_rounds(reg: CommandRegistry) -> None:
    @reg.command("history", help="list this session's rounds", aliases=("hist",), ready=True)
    def history(sh: Context, arg: str) -> None:
        if not sh.state.rounds:
            sh.printer.info("no rounds yet")
            return
        rows = []
        for r in sh.state.rounds:
            status = "error" if r.error else ("ok" if r.result is not None else ("" if not r.job_id else "saved"))
            if r.feedback_of:
                status += f" (revises {r.feedback_of})"
            rows.append([r.number, r.mode, r.question, status])
        sh.printer.out(table.render(["#", "mode", "question", ""], rows, "table", 0, 70, sh.printer.width,
                                    noun="round"))

    @reg.command("show", usage="[N]", help="show round N again", complete=rounds_completer, ready=True)
    def show(sh: Context, arg: str) -> None:
        from .rounds import show as show_round
        r = round_arg(sh, arg)
        load(sh, r)
        show_round(sh.state, sh.printer, r)

    @reg.command("sql", usage="[N]", help="print round N's SQL plainly, for copying", complete=rounds_completer, ready=True)
    def sql(sh: Context, arg: str) -> None:
        from ..render.answer import sql_only
        r = round_arg(sh, arg)
        load(sh, r)
        text = sql_only(r)
        if not text:
            raise Usage(f"round {r.number} has no SQL")
        sh.printer.out([("", text)])

    @reg.command("rerun", usage="N", help="ask round N's question again", complete=rounds_completer, ready=True)
    def rerun(sh: Context, arg: str) -> None:
        r = round_arg(sh, arg)
        sh.ask(r.question, mode=r.mode)

    @reg.command("feedback", usage="N[.K] text", help="revise round N's answer (K: its sub-task)",
                 aliases=("fb",), complete=rounds_completer, ready=True)
    def feedback(sh: Context, arg: str) -> None:
        ref, _, text = arg.partition(" ")
        num, _, sub = ref.partition(".")
        if not num.isdigit() or not text.strip():
            raise Usage("usage: \\feedback N[.K] what to change   (K: sub-task of a breakdown round)")
        r = sh.state.round(int(num))
        if r is None or not r.job_id:
            raise Usage(f"no answered round {num} in this session")
        task = ""
        if sub:
            if not sub.isdigit() or int(sub) < 1:
                raise Usage("the sub-task number K starts at 1")
            task = f"0-{int(sub) - 1}"
        new = sh.ask(text.strip(), feedback_of=r, feedback_task=task)
        if sub:
            new.revises_task = int(sub)      # \diff compares it with that sub-task, not the whole round

    @reg.command("diff", usage="[N [M]]", ready=True, complete=rounds_completer,
                 help="what a follow-up changed in the SQL (N: against the round before; or N against M)",
                 details="Default: the last round against the round it revises (\\feedback, \\refine) or the\n"
                         "one before. The SQL is laid out a clause per line, so the changed clauses show.")
    def diff(sh: Context, arg: str) -> None:
        from ..api.models import Breakdown
        from ..render.diff import layout, round_lines, sql_diff
        nums = arg.split()
        if len(nums) > 2 or not all(n.isdigit() for n in nums):
            raise Usage("usage: \\diff [N [M]]   (N: a round, by default the last; M: compare N with M)")
        def latest_with_sql(below: int) -> Round | None:
            return next((r for r in reversed(sh.state.rounds)
                         if r.number < below and load(sh, r) and round_lines(r.result)), None)

        if len(nums) == 2:
            old, new = round_arg(sh, nums[0]), round_arg(sh, nums[1])
        else:
            new = round_arg(sh, nums[0]) if nums else latest_with_sql(10 ** 9)
            if new is None:
                raise Usage("no round with SQL yet")
            load(sh, new)
            if not round_lines(new.result):
                raise Usage(f"round {new.number} has no SQL: nothing to compare")
            old = sh.state.round(new.feedback_of) if new.feedback_of else None
            if old is None:
                old = latest_with_sql(new.number)
                if old is None:
                    raise Usage(f"round {new.number} is the first with SQL: nothing to compare it with")
        for r in (old, new):
            load(sh, r)
            if not round_lines(r.result):
                raise Usage(f"round {r.number} has no SQL")
        old_lines, old_label = round_lines(old.result), f"round {old.number}"
        k = new.revises_task if new.feedback_of == old.number else None
        if k and isinstance(old.result, Breakdown) and k <= len(old.result.sub_tasks):
            old_lines, old_label = layout(old.result.sub_tasks[k - 1].sql), f"round {old.number}.{k}"
        sh.printer.out(sql_diff(old_lines, round_lines(new.result), old_label, f"round {new.number}"))

    @reg.command("export", usage="FILE [N]|conversation FILE", ready=True, complete=export_completer,
                 help="save a result (csv, tsv, json, md) or the conversation (md, json)",
                 details="A breakdown writes every sub-task: one .json or .md, or one .csv/.tsv per sub-task\n"
                         "(FILE-1.csv, FILE-2.csv, …). `\\export conversation FILE.json` can be played back\n"
                         "with `c2q --replay FILE.json`.")
    def export_(sh: Context, arg: str) -> None:
        from .export import ExportError, conversation, write_conversation, write_result
        head, _, rest = arg.partition(" ")
        if Path(arg).stem == "conversation" and Path(arg).suffix.lower() in (".md", ".json"):
            head, rest = "conversation", arg          # `\\export conversation.md` means the conversation too
        if head == "conversation":
            if not rest.strip():
                raise Usage("usage: \\export conversation FILE.md|FILE.json")
            if not sh.state.rounds:
                raise Usage("no rounds yet")
            for r in sh.state.rounds:
                load(sh, r)
            b = sh.backend
            doc = conversation(sh.state.rounds, b.target.database if b.target else "",
                               b.session.session_id if b.session else None, b.session.name if b.session else "")
            path = Path(rest.strip()).expanduser()
            try:
                write_conversation(path, doc)
            except ExportError as e:
                raise Usage(str(e)) from None
            sh.printer.info(f"wrote {plural(len(doc['rounds']), 'round')} to {path}")
            return
        if not arg:
            raise Usage("usage: \\export FILE.csv|.tsv|.json|.md [N]   or   \\export conversation FILE.md|.json")
        path_s, _, num = arg.rpartition(" ")
        if not (path_s and num.isdigit()):
            path_s, num = arg, ""
        if num:
            r = round_arg(sh, num)
            if not load(sh, r):
                raise Usage(f"round {r.number} has no result" + (f" ({r.error})" if r.error else ""))
        else:
            r = sh.state.last_with_data()
            if r is None:
                raise Usage("no result to export yet")
        try:
            files, rows = write_result(Path(path_s.strip()).expanduser(), r)
        except ExportError as e:
            raise Usage(str(e)) from None
        where = str(files[0]) if len(files) == 1 else ", ".join(map(str, files)) + " (one file per sub-task)"
        sh.printer.info(f"wrote {plural(rows, 'row')} from round {r.number} to {where}")


# --------------------------------------------------------------------------------------
KB_KINDS = {"example": "few-shot", "few-shot": "few-shot", "term": "term-sheet", "term-sheet": "term-sheet",
            "instruction": "instruction"}
KB_USAGE = ("usage: \\kb [list]\n"
            "       \\kb add example QUESTION => SQL\n"
            "       \\kb add term TERM[, OTHER NAME…]: WHAT IT MEANS\n"
            "       \\kb add instruction TEXT\n"
            "       \\kb remove ID")


def kb_text(k) -> str:
    """One knowledge item in a line."""
    d = k.raw_data
    if k.type == "few-shot":
        return f"{d.get('question', '')} => {' '.join(str(d.get('answer', '')).split())}"
    if k.type == "term-sheet":
        terms = d.get("term") if isinstance(d.get("term"), list) else [d.get("term", "")]
        return f"{', '.join(map(str, terms))}: {d.get('description', '')}"
    if k.type == "instruction":
        return str(d.get("instruction", ""))
    return str(d)


def kb_item(words: str) -> tuple[str, dict]:
    """(type, raw_data) from `example Q => SQL`, `term T[, U]: meaning` or `instruction TEXT`."""
    kind, _, text = words.strip().partition(" ")
    kind, text = KB_KINDS.get(kind.lower(), ""), text.strip()
    if kind == "few-shot":
        q, sep, sql = text.partition("=>")
        if sep and q.strip() and sql.strip():
            return kind, {"question": q.strip(), "answer": sql.strip()}
    elif kind == "term-sheet":
        terms, sep, meaning = text.partition(":")
        names = [t.strip() for t in terms.split(",") if t.strip()]
        if sep and names and meaning.strip():
            return kind, {"term": names, "description": meaning.strip()}
    elif kind == "instruction" and text:
        return kind, {"instruction": text}
    raise Usage(KB_USAGE)


def install_chat2query(reg: CommandRegistry) -> None:
    @reg.command("refine", usage="N[.K] instruction", ready=True, fails="cannot refine the SQL",
                 complete=rounds_completer,
                 help="rewrite round N's SQL as told (refineSql); the result is a new round")
    def refine(sh: Context, arg: str) -> None:
        from ..api.models import Answer, Breakdown, parse_refined
        from .rounds import show as show_round
        ref, _, instruction = arg.partition(" ")
        num, _, sub = ref.partition(".")
        if not num.isdigit() or not instruction.strip() or (sub and not sub.isdigit()):
            raise Usage("usage: \\refine N[.K] what to change   (K: sub-task of a breakdown round)")
        r = round_arg(sh, num)
        load(sh, r)
        res = r.result
        if isinstance(res, Breakdown):
            if not sub:
                raise Usage(f"round {r.number} is a breakdown: \\refine {r.number}.K refines its sub-task K")
            if not 1 <= int(sub) <= len(res.sub_tasks):
                raise Usage(f"round {r.number} has sub-tasks 1 to {len(res.sub_tasks)}")
            res = res.sub_tasks[int(sub) - 1]
        if not isinstance(res, Answer) or not res.sql:
            raise Usage(f"round {r.number} has no SQL to refine")
        b = sh.backend
        cancel = threading.Event()
        try:
            job = busy(sh, "refining…", lambda: b.client.wait(
                b.client.refine(b.target.cluster_id, b.target.database, res.sql, instruction.strip()),
                timeout=sh.state.settings.job_timeout, cancel=cancel))
        except (Cancelled, KeyboardInterrupt):
            cancel.set()
            raise Usage("refine cancelled") from None
        refined = parse_refined(job.raw_result)
        if refined is None:
            raise Usage("the service sent no rewritten SQL")
        answer = Answer("0", "refined", instruction.strip(), refined.solution, [], refined.sql, None, [], [])
        new = Round(sh.state.next_number(), instruction.strip(), r.mode, result=answer, feedback_of=r.number,
                    revises_task=int(sub) if sub else None)
        sh.state.rounds.append(new)
        show_round(sh.state, sh.printer, new)

    @reg.command("kb", usage="[add KIND …|remove ID]", ready=True, fails="knowledge base",
                 aliases=("knowledge",),
                 help="knowledge base: example questions, terms, instructions", details=KB_USAGE,
                 complete=lambda sh, a: [w for w in ("list", "add example ", "add term ", "add instruction ",
                                                     "remove ") if w.startswith(a)])
    def kb(sh: Context, arg: str) -> None:
        b = sh.backend
        c, t = b.client, b.target
        verb, _, rest = arg.partition(" ")
        if verb not in ("", "list", "ls", "add", "remove", "rm", "delete", "del"):
            raise Usage(KB_USAGE)
        if verb == "add":
            kind, raw = kb_item(rest)           # a bad item is refused before any request
        elif verb not in ("", "list", "ls") and not rest.strip().isdigit():
            raise Usage("usage: \\kb remove ID   (\\kb lists the ids)")

        def work() -> tuple[str, object]:       # the requests, in a worker while the spinner runs
            bases = c.knowledge_bases(t.cluster_id, t.database)
            base = next((k for k in bases if k.default), bases[0] if bases else None)
            if verb in ("", "list", "ls"):
                return "list", None if base is None else [x for k in bases for x in c.knowledge(k.knowledge_base_id)]
            if verb == "add":
                if base is None:
                    base = c.create_knowledge_base(t.cluster_id, t.database, f"{t.database}: added from c2q")
                return "added", (base, c.add_knowledge(base.knowledge_base_id, kind, raw))
            data_id = int(rest)
            owner = next((k for k in bases for x in c.knowledge(k.knowledge_base_id)
                          if x.knowledge_data_id == data_id), None)
            if owner is None:
                raise Usage(f"no knowledge item {data_id} for {t.database} (\\kb lists them)")
            c.delete_knowledge(owner.knowledge_base_id, data_id)
            return "removed", data_id

        what, found = busy(sh, "knowledge base…", work)
        if what == "list":
            if found is None:
                sh.printer.info(f"no knowledge base for {t.database} yet; \\kb add … starts one")
            elif not found:
                sh.printer.info(f"the knowledge base of {t.database} is empty; \\kb add … adds to it")
            else:
                rows = [[x.knowledge_data_id, {"few-shot": "example", "term-sheet": "term"}.get(x.type, x.type),
                         kb_text(x)] for x in found]
                sh.printer.out(table.render(["id", "type", "knowledge"], rows, "table", 0, 100, sh.printer.width,
                                            noun="item"))
        elif what == "added":
            base, item = found
            name = {"few-shot": "example", "term-sheet": "term"}.get(kind, kind)
            sh.printer.info(f"added {name} {item.knowledge_data_id} to knowledge base {base.knowledge_base_id}")
        else:
            sh.printer.info(f"removed knowledge item {found}")


# --------------------------------------------------------------------------------------
def install_display(reg: CommandRegistry) -> None:
    @reg.command("format", usage="NAME", help="table, vertical, csv, tsv, json, markdown, or any tabulate format",
                 complete=lambda sh, a: [f for f in table.known_formats() if f.startswith(a)])
    def format_(sh: Context, arg: str) -> None:
        if not arg:
            sh.printer.info(f"format: {sh.state.format} (choose from: {', '.join(table.known_formats())})")
            return
        if arg not in table.known_formats():
            near = difflib.get_close_matches(arg, table.known_formats(), n=3)
            raise Usage(f"unknown format '{arg}'" + (f"; did you mean {', '.join(near)}?" if near else ""))
        sh.state.format = arg
        sh.printer.info(f"format: {arg}")

    @reg.command("rows", usage="N", help="rows shown per result")
    def rows(sh: Context, arg: str) -> None:
        from ..config import MAX_ROWS_SHOWN
        if not arg.isdigit():
            raise Usage(f"usage: \\rows N (now {sh.state.rows}; 0 shows every row)")
        if int(arg) > MAX_ROWS_SHOWN:
            raise Usage(f"\\rows: at most {MAX_ROWS_SHOWN:,} (\\rows 0 shows every row; \\export saves them all)")
        sh.state.rows = int(arg)
        sh.printer.info(f"showing up to {plural(int(arg), 'row')}" if int(arg) else "showing every row")

    @reg.command("theme", usage="NAME", help="colour theme",
                 complete=lambda sh, a: [t for t in available(sh.user_theme_dir) if t.startswith(a)])
    def theme(sh: Context, arg: str) -> None:
        names = available(sh.user_theme_dir)
        if not arg:
            sh.printer.info(f"theme: {sh.state.theme} (available: {', '.join(names)})")
            return
        try:
            style = make_style(load_theme(arg, sh.user_theme_dir))
        except ThemeError as e:
            raise Usage(str(e)) from None
        sh.state.theme = arg
        sh.set_style(style)
        sh.printer.info(f"theme: {arg}")

    def toggle(name: str, help: str) -> None:
        """A command that turns a display setting (ShellState.<name>) on, off, or (no argument) over."""
        @reg.command(name, usage="[on|off]", help=help, complete=on_off)
        def handler(sh: Context, arg: str) -> None:
            if arg in ("on", "off"):
                setattr(sh.state, name, arg == "on")
            elif not arg:
                setattr(sh.state, name, not getattr(sh.state, name))
            else:
                raise Usage(f"usage: \\{name} [on|off]")
            sh.printer.info(f"{name} {'on' if getattr(sh.state, name) else 'off'}")

    toggle("chart", "text charts under results (bars, sparklines)")
    toggle("timing", "show how long each round took")
