"""The shell: the real PromptSession in-process (pipe input, dummy output) against a real
server, batch mode through the installed script, a pseudo-terminal run with pexpect, and the
failure paths against a scripted server that answers like TiDB Cloud's gateway does."""
from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
import threading

import pexpect
import pytest
from conftest import PRIV, PUB
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput
from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

from c2q_shell.config import Settings
from c2q_shell.shell.backend import Backend, Target
from c2q_shell.shell.output import Printer
from c2q_shell.shell.repl import Shell
from c2q_shell.shell.state import ShellState

F2 = "\x1bOQ"


def run_repl(url: str, keys: str, tmp_path, database: str = "sp500insight", pub=PUB, priv=PRIV, feed=None,
             session_name: str = ""):
    settings = Settings(color=False, history_file=str(tmp_path / "history"))
    out, err = io.StringIO(), io.StringIO()
    backend = Backend(lambda: Target(url, pub, priv, "local", database), session_name=session_name, job_timeout=20)
    shell = Shell(ShellState.from_settings(settings), backend, Printer(None, False, out, err), None)
    shell.feed = feed
    backend.start()
    try:
        with create_pipe_input() as inp:
            inp.send_text(keys)
            shell.make_session(settings.history_file, input=inp, output=DummyOutput())
            code = shell.loop()
    finally:
        backend.close()
    return code, out.getvalue(), err.getvalue(), shell


def test_repl_rounds_commands_and_mode_toggle(server, tmp_path):
    keys = ("How many companies are in each sector?\r"
            "only those with more than 50\r"
            + F2 + "\r"
            "Give me an overview of the Utilities sector: the number of companies, their average dividend yield, "
            "and the 3 largest by market cap\r"
            "\\mode direct\r"
            "\\history\r"
            "/sql 2\r"
            f"\\export {tmp_path / 'last.csv'} 2\r"
            "\\feedback 1 only in Energy\r"
            "\\format csv\r"
            "\\show 1\r"
            "\\formt tsv\r"
            "\\rows 2\r\\format table\r\\show 1\r"
            "\\summary companies\r"
            "\\suggest\r"
            "\x04")
    code, out, err, shell = run_repl(server.url, keys, tmp_path)
    assert code == 0
    assert "[1] Find the number of companies for each sector." in out
    assert "[2]" in out and "Information Technology" in out
    assert "[3]" in out and "(auto_breakdown)" in out and "\n  1. " in out and "\n  3. " in out
    assert "HAVING COUNT(*) > 50;" in out                        # \sql 2: plain, copyable
    assert (tmp_path / "last.csv").read_text().startswith("sector,number_of_companies\n")
    assert "[4]" in out and "revises round 1" in out and "'Energy'" in out
    assert "sector,number_of_companies\nCommunication Services,23" in out       # \format csv then \show 1
    assert "unknown command \\formt; did you mean \\format" in err
    assert "… 9 more rows" in out                                 # \rows 2
    assert "sub_industry" in out                                  # \summary companies
    assert "How many companies are in each sector?" in out        # \suggest
    assert [r.mode for r in shell.state.rounds] == ["direct", "direct", "auto_breakdown", "direct"]
    history = (tmp_path / "history").read_text()
    assert "only those with more than 50" in history and PRIV not in history


def test_repl_sessions_resume(server, tmp_path):
    code, out, err, shell = run_repl(server.url, "List the 5 largest companies by market cap\r\\new second\r"
                                     "how many companies are there?\r\x04", tmp_path)
    first = shell.backend.session.session_id
    code, out, err, shell = run_repl(server.url, f"\\sessions\r\\resume {first}\r\\show 1\rand in Energy?\r\x04", tmp_path)
    assert f"resumed session {first} (second): 1 round\n" in err
    assert "how many companies are there?" in out and "[2]" in out and "503" in out


def test_sessions_named_toolbar_follows_and_listing(server, tmp_path):
    from c2q_shell.render.text import plain
    code, out, err, shell = run_repl(server.url, "\\sessions all\rWhich sector has the most companies?\r"
                                     "and the fewest?\r\\new\rhow many companies are there?\r\x04", tmp_path)
    b = shell.backend
    second = b.session
    assert second.name == "how many companies are there?"                      # named by its first question
    assert f"session {second.session_id} · how many companies" in plain(shell.toolbar())
    assert [r.number for r in shell.state.rounds] == [1]                        # \new: rounds start again
    sessions = {s.name: s for s in b.sessions()}
    first = sessions["Which sector has the most companies?"]
    assert first.rounds == 2 and sessions["how many companies are there?"].rounds == 1
    code, out, err, shell = run_repl(server.url, f"\\resume {first.session_id}\r\\rename sectors demo\r"
                                     "\\sessions\r\\rename\r\x04", tmp_path)
    toolbar = plain(shell.toolbar())
    assert f"session {first.session_id} · sectors demo" in toolbar and str(second.session_id) not in toolbar
    assert f"resumed session {first.session_id} (Which sector has the most companies?): 2 rounds" in err
    assert "is now called 'sectors demo'" in err and "usage: \\rename NAME" in err
    listing = out[out.index("last activity"):]
    assert "sectors demo" in listing and "← current" in listing and "just now" in listing
    assert "how many companies are there?" in listing
    from prompt_toolkit.document import Document

    from c2q_shell.shell.completion import ShellCompleter
    comps = list(ShellCompleter(shell).get_completions(Document(f"\\resume {str(first.session_id)[:-1]}"), None))
    assert any(c.text == str(first.session_id) and c.display_meta_text == "sectors demo" for c in comps)


def test_session_flag_continues_the_named_session(server, tmp_path):
    run_repl(server.url, "How many companies are in each sector?\r\x04", tmp_path, session_name="named demo")
    code, out, err, shell = run_repl(server.url, "only those with more than 80\r\\history\r\x04", tmp_path,
                                     session_name="named demo")
    assert [r.number for r in shell.state.rounds] == [1, 2]             # round 1 came from the named session
    assert "[2] " in out and "Industrials" in out and "How many companies are in each sector?" in out
    assert shell.backend.session.name == "named demo"


def c2q_bin() -> str:
    exe = shutil.which("c2q", path=os.path.dirname(sys.executable))
    assert exe, "the c2q console script must be installed (make test installs it)"
    return exe


@pytest.fixture()
def user_env(tmp_path, server):
    """A new user's environment: empty config and data directories; the demo state is copied
    from the session server so the embedded server starts without rebuilding it."""
    data = tmp_path / "data" / "c2q"
    data.mkdir(parents=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("C2Q_") and k != "NO_COLOR"}
    env.update(XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"), TERM="xterm")
    return env


def test_batch_mode_flags_and_exit_codes(user_env):
    r = subprocess.run([c2q_bin(), "-e", "How many companies are in each sector?", "-e", "only those with more than 50"],
                       capture_output=True, text=True, env=user_env, timeout=120)
    assert r.returncode == 0, r.stderr
    blocks = r.stdout.strip().split("\n\n") if "\n\n" in r.stdout else [r.stdout]
    assert r.stdout.startswith("sector\tnumber_of_companies\n") and "Industrials\t83" in r.stdout
    assert r.stdout.count("sector\tnumber_of_companies") == 2 and blocks
    r = subprocess.run([c2q_bin(), "--sql-only", "--format", "csv"], input="how many companies are there?\n"
                       "# a comment\n\nwhat is the weather on mars\n", capture_output=True, text=True, env=user_env,
                       timeout=120)
    assert r.returncode == 1 and r.stdout.strip().startswith("SELECT COUNT(*)") and "weather" in r.stderr
    r = subprocess.run([c2q_bin(), "--format", "json", "-e", "average P/E by sector"], capture_output=True,
                       text=True, env=user_env, timeout=120)
    assert r.returncode == 0 and len(json.loads(r.stdout)) == 11
    r = subprocess.run([c2q_bin(), "--format", "nonsense", "-e", "x"], capture_output=True, text=True, env=user_env, timeout=60)
    assert r.returncode == 2 and "unknown format" in r.stderr
    r = subprocess.run([c2q_bin(), "--bogus"], capture_output=True, text=True, env=user_env, timeout=60)
    assert r.returncode == 2
    r = subprocess.run([c2q_bin(), "--endpoint", "http://127.0.0.1:9/x", "-e", "x"], capture_output=True, text=True,
                       env=user_env, timeout=60)
    assert r.returncode == 2 and "--public-key" in r.stderr


def test_batch_runs_reuse_one_session_or_the_named_one(user_env):
    def c2q(*args):
        r = subprocess.run([c2q_bin(), *args], capture_output=True, text=True, env=user_env, timeout=120)
        assert r.returncode == 0, (args, r.stdout, r.stderr)
        return r.stdout
    c2q("-e", "how many companies are there?")
    c2q("-e", "Which sector has the most companies?", "-e", "and the fewest?")
    c2q("--session", "energy", "-e", "How many companies are in the Energy sector?")
    out = c2q("--session", "energy", "--format", "csv", "-e", "\\history", "-e", "\\sessions all")
    assert "How many companies are in the Energy sector?" in out          # the named session went on
    listing = out[out.index("last activity"):]
    assert listing.count("c2q batch") == 1 and listing.count("energy") == 1
    assert len([line for line in listing.splitlines() if "just now" in line]) == 2     # no litter
    batch_row = next(line for line in listing.splitlines() if "c2q batch" in line)
    assert re.search(r"c2q batch\W+2\W+just now", batch_row)                 # reset at the run's start


def test_pty_two_rounds_and_mode_switch(user_env):
    child = pexpect.spawn(c2q_bin(), env=user_env, encoding="utf-8", timeout=60, dimensions=(40, 160))
    try:
        child.expect(r"\(direct\)")
        child.sendline("How many companies are in each sector?")
        child.expect("Information Technology")
        child.expect(r"\(direct\)")
        child.sendline("only those with more than 80")
        child.expect("Industrials")
        child.expect(r"\(direct\)")
        child.send(F2)
        child.expect(r"\(auto_breakdown\)")
        child.sendline("Give me an overview of the Energy sector: the number of companies, their average P/E, "
                       "and the 3 largest by market cap")
        child.expect("ExxonMobil")
        child.expect(r"\(auto_breakdown\)")
        child.sendcontrol("d")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0


# ------------------------------------------------------------------------------------------
# failure paths against a scripted server
# ------------------------------------------------------------------------------------------
class Scripted:
    """Answers like TiDB Cloud: sessions and summaries work; questions pick the failure."""

    def __init__(self):
        self.seen_auth: list[str] = []
        self.calls: list[str] = []
        self.jobs: dict[str, dict] = {}

    def __call__(self, environ, start_response):
        req = Request(environ)
        self.seen_auth.append(req.headers.get("Authorization", ""))
        self.calls.append(f"{req.method} {req.path.split('/endpoint', 1)[1]}")
        return self.route(req)(environ, start_response)

    @staticmethod
    def ok(result):
        return Response(json.dumps({"code": 200, "msg": "", "result": result}), content_type="application/json")

    def route(self, req: Request) -> Response:
        p = req.path
        if p.endswith("/v3/dataSummaries") and req.method == "GET":
            return self.ok({"data_summaries": [{"data_summary_id": 1, "status": "done", "tables": {}}]})
        if p.endswith("/v3/sessions") and req.method == "GET":     # no meta.rounds, and no reset (a 404)
            return self.ok({"sessions": [{"session_id": 5, "meta": {"name": "c2q batch", "database": "d"}}]})
        if p.endswith("/v3/sessions"):
            return self.ok({"session_id": 7, "meta": {"name": req.get_json().get("name", "")}, "messages": []})
        if p.endswith("/chat2data"):
            q = req.get_json()["question"]
            if q == "limit":
                r = Response(json.dumps({"type": "", "data": {"columns": [], "rows": [], "result": {
                    "code": 49900007, "message": "API key rate limit exceeded.", "row_count": 0}}}), status=429,
                    content_type="application/json")
                r.headers.update({"X-Ratelimit-Limit-Minute": "10", "X-Ratelimit-Remaining-Minute": "0",
                                  "X-Ratelimit-Reset": "8"})
                return r
            if q == "expired":
                return Response(json.dumps({"data": {"result": {"code": 49900002, "message": "API Key is no longer valid"},
                                                     "columns": [], "rows": []}, "type": ""}), status=401,
                                content_type="application/json")
            if q == "html":
                return Response("<html>bad gateway</html>", status=502, content_type="text/html")
            if q == "boom":
                return Response(json.dumps({"code": 500, "msg": "internal error", "result": {}}), status=500,
                                content_type="application/json")
            job = "f" * 31 + str(len(self.jobs))
            if q == "breakdown":          # sub-tasks arrive one poll at a time
                sub = lambda i, status: {"type": "data_retrieval", "task_id": f"0-{i}", "status": status,  # noqa: E731
                                         "clarified_task": f"part {i + 1}", "description": "", "assumptions": [],
                                         "sql": f"SELECT {i + 1}", "sql_error": None,
                                         "data": {"columns": [{"col": "v"}], "rows": [[str(i + 1)]] if status == "done" else []},
                                         "chart_options": None}
                root = lambda subs, status: {"type": "breakdown", "task_id": "0", "status": status,  # noqa: E731
                                             "clarified_task": "two parts", "description": "in two steps",
                                             "assumptions": [], "sub_tasks": subs}
                self.polls = [
                    {"job_id": job, "status": "running", "ended_at": 0, "reason": "", "result": root([sub(0, "done"), sub(1, "running")], "running")},
                    {"job_id": job, "status": "done", "ended_at": 1, "reason": "", "result": root([sub(0, "done"), sub(1, "done")], "done")}]
                self.jobs[job] = "poll"
                return self.ok({"job_id": job, "session_id": 7})
            if q == "slow":               # a job that never finishes: only Ctrl-C ends the wait
                self.jobs[job] = {"job_id": job, "status": "running", "ended_at": 0, "reason": "", "result": None}
                return self.ok({"job_id": job, "session_id": 7})
            self.jobs[job] = {"job_id": job, "status": "failed", "ended_at": 1, "result": None,
                              "reason": "The question is too vague"} if q == "vague" else {
                "job_id": job, "status": "done", "ended_at": 1, "reason": "", "result": {
                    "type": "data_retrieval", "task_id": "0", "status": "done", "clarified_task": "ok",
                    "description": "", "assumptions": [], "sql": "SELECT 1", "sql_error": None,
                    "data": {"columns": [{"col": "one"}], "rows": [["1"]]}, "chart_options": None}}
            return self.ok({"job_id": job, "session_id": 7})
        if "/v2/jobs/" in p:
            job = self.jobs[p.rsplit("/", 1)[1]]
            return self.ok(self.polls.pop(0) if job == "poll" else job)
        return Response(json.dumps({"code": 404, "msg": "no", "result": {}}), status=404, content_type="application/json")


@pytest.fixture()
def scripted():
    app = Scripted()
    srv = make_server("127.0.0.1", 0, app, threaded=True)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield app, f"http://127.0.0.1:{srv.server_port}/api/v1beta/app/chat2query-X1/endpoint"
    srv.shutdown()


def test_failure_paths_keep_the_shell_running(scripted, tmp_path):
    app, url = scripted
    secret = "sup3r-secret-private-key"
    code, out, err, shell = run_repl(url, "limit\rexpired\rhtml\rboom\rvague\rworks\r\x04", tmp_path, pub="PUBK", priv=secret)
    assert code == 0
    assert "rate limit reached (10 requests per minute); it resets in 8 s" in err
    assert "API Key is no longer valid" in err
    assert "HTTP 502" in err and "internal error" in err and "The question is too vague" in err
    assert "[6] ok" in out                                       # and the next round still works
    everything = out + err + (tmp_path / "history").read_text()
    assert secret not in everything


def test_dead_server_is_one_line_and_the_shell_goes_on(tmp_path):
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]                # nothing listens here once closed
    code, out, err, _ = run_repl(f"http://127.0.0.1:{port}/api/v1beta/app/chat2query-X1/endpoint",
                                 "first\r\\mode\rsecond\r\x04", tmp_path)
    assert code == 0
    lines = [line for line in err.splitlines() if "cannot reach" in line]
    assert len(lines) == 2 and "mode: auto_breakdown" in err     # each try says so once; commands still work


def test_private_key_never_printed_in_batch(scripted, tmp_path):
    app, url = scripted
    env = {k: v for k, v in os.environ.items() if not k.startswith("C2Q_")}
    env.update(XDG_DATA_HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path), C2Q_PRIVATE_KEY="batch-secret-key",
               C2Q_PUBLIC_KEY="PUBK", C2Q_ENDPOINT=url, C2Q_CLUSTER_ID="1", C2Q_DATABASE="d")
    r = subprocess.run([c2q_bin(), "-e", "expired", "-e", "works"], capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 1
    assert "batch-secret-key" not in r.stdout + r.stderr and "no longer valid" in r.stderr
    # the batch session: found by name, its reset refused (404), so a new one of that name is used
    assert app.calls[:4] == ["GET /v3/dataSummaries", "GET /v3/sessions", "PUT /v3/sessions/5/reset",
                             "POST /v3/sessions"]
    assert "POST /v3/sessions/7/chat2data" in app.calls


def test_ctrl_c_cancels_the_round_and_keeps_the_session(scripted, tmp_path):
    _, url = scripted
    env = {k: v for k, v in os.environ.items() if not k.startswith("C2Q_")}
    env.update(XDG_DATA_HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path), C2Q_PRIVATE_KEY="k", TERM="xterm",
               C2Q_PUBLIC_KEY="P", C2Q_ENDPOINT=url, C2Q_CLUSTER_ID="1", C2Q_DATABASE="d")
    child = pexpect.spawn(c2q_bin(), env=env, encoding="utf-8", timeout=30, dimensions=(30, 120))
    try:
        child.expect(r"\(direct\)")
        child.sendline("slow")
        child.expect("thinking")                 # the spinner with elapsed time
        child.sendintr()
        child.expect("cancelled; the session goes on")
        child.sendline("works")
        child.expect(r"\[2\]")
        child.expect("SELECT")
        child.expect(r"\(direct\)")            # Ctrl-D typed ahead in cooked mode is not a key
        child.sendcontrol("d")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0


def test_theme_timing_rerun_and_exports(server, tmp_path):
    keys = ("how many companies are there?\r"
            "\\theme light\r\\theme nope\r\\timing off\r\\rerun 1\r"
            f"\\export {tmp_path / 'r.json'}\r\\export {tmp_path / 'r.md'}\r\\export {tmp_path / 'r.xls'}\r"
            "\\help feedback\r\x04")
    code, out, err, shell = run_repl(server.url, keys, tmp_path)
    assert shell.state.theme == "light" and "no theme 'nope'; available: dark, light, mono" in err
    assert shell.state.timing is False and "[2] Find the number of companies." in out
    assert json.loads((tmp_path / "r.json").read_text()) == [{"number_of_companies": 503}]   # a number
    assert "|   number_of_companies |\n|-----------------------|\n|                   503 |" in (tmp_path / "r.md").read_text()
    assert "must end in .csv" in err and "\\feedback, \\fb" in out


def test_breakdown_sub_tasks_shown_as_they_arrive(scripted, tmp_path):
    _, url = scripted
    code, out, err, shell = run_repl(url, "breakdown\r\x04", tmp_path, pub="P", priv="k")
    assert out.count("1. part 1") == 1 and out.count("2. part 2") == 1
    assert out.index("1. part 1") < out.index("2. part 2") and "Task summary: in two steps" in out
    assert "(running" not in out


def test_server_exposes_partial_breakdowns(server):
    from c2q_shell.server.engine import Engine
    app = server.app
    engine = Engine(app.summaries.catalog("local", "sp500insight"))
    result = engine.answer("Give me an overview of the Energy sector: the number of companies, their average P/E, "
                           "and the 3 largest by market cap", "auto_breakdown")
    partials = []
    final = app.chat._execute(engine, app.sources["sp500insight"], result,
                              lambda root: partials.append([t["status"] for t in root["sub_tasks"]]))
    assert partials[0] == ["running"] and partials[1] == ["done"] and partials[-1] == ["done", "done", "done"]
    assert final["status"] == "done" and len(final["sub_tasks"]) == 3


def test_wrong_key_is_one_clear_line(server, tmp_path):
    code, out, err, _ = run_repl(server.url, "how many companies are there?\r\x04", tmp_path, priv="not-the-key")
    assert code == 0 and out == ""
    assert "authentication failed" in err and "not-the-key" not in err
    assert "(check the public key, --public-key or C2Q_PUBLIC_KEY, and the private key in C2Q_PRIVATE_KEY" in err
    assert err.count("authentication failed") == 1                   # one line, said once


def test_exports_summary_and_suggestions_say_what_happened(server, tmp_path):
    keys = ("\\mode auto_breakdown\r"
            "Give me an overview of the Utilities sector: the number of companies, their average dividend yield, "
            "and the 3 largest by market cap\r"
            f"\\export {tmp_path / 'x.csv'}\r\\export {tmp_path / 'x.json'}\r\\export {tmp_path / 'x.csv'} 99\r"
            "\\mode direct\rhow many companies are there?\r"
            f"\\export {tmp_path / 'one.csv'}\r"
            "\\summary nosuch\r\\summary companies.nosuch\r\\summary market_cap\r\\e\r"
            f"\\export {tmp_path / 'conversation.md'}\r\x04")
    code, out, err, shell = run_repl(server.url, keys, tmp_path)
    files = [tmp_path / f"x-{i}.csv" for i in (1, 2, 3)]
    assert all(f.exists() for f in files) and not (tmp_path / "x.csv").exists()
    written = sum(len(f.read_text().splitlines()) - 1 for f in files)        # every sub-task, header each
    assert written == 5 and files[2].read_text().count("\n") == 4
    assert f"wrote 5 rows from round 1 to {files[0]}, {files[1]}, {files[2]} (one file per sub-task)" in err
    data = json.loads((tmp_path / "x.json").read_text())
    assert [len(d["rows"]) for d in data] == [1, 1, 3] and data[2]["columns"][0]
    assert "no round 99 (\\history lists them)" in err and "no result yet" not in err
    assert f"wrote 1 row from round 2 to {tmp_path / 'one.csv'}" in err
    assert "no table or column 'nosuch' in the data summary of sp500insight (tables: " in err
    assert "table companies has no column 'nosuch'" in err
    assert "\nfundamentals: " in out and "\n  market_cap: Market capitalization in USD; a number" in out
    assert "unknown command \\e; did you mean \\exit, \\export?" in err
    assert f"wrote 2 rounds to {tmp_path / 'conversation.md'}" in err                  # the literal name
    assert "## [1] Give me an overview" in (tmp_path / "conversation.md").read_text()


def test_diff_and_refine(server, tmp_path):
    keys = ("How many companies are in each sector?\r"
            "only those with more than 50\r"
            "\\diff\r\\diff 1\r\\diff 2 2\r\\diff 9\r\\diff x y z\r"
            "List the 5 largest companies by market cap\r"
            "\\refine 3 limit 3\r\\diff\r\\refine 3\r\\refine 42 limit 2\r\\mode auto_breakdown\r"
            "Give me an overview of the Energy sector: the number of companies, their average P/E, "
            "and the 3 largest by market cap\r\\refine 5 limit 2\r\\refine 5.3 limit 2\r\\diff\r\x04")
    code, out, err, shell = run_repl(server.url, keys, tmp_path)
    first = out.index("--- round 1\n+++ round 2\n")
    hunk = out[first:out.index("\n[3]")]
    assert " GROUP BY\n   sector\n+HAVING\n+  COUNT(*) > 50\n" in hunk             # one clause per line
    assert not [line for line in hunk.splitlines() if line.startswith("-") and line != "--- round 1"]
    assert "round 1 is the first with SQL: nothing to compare it with" in err
    assert "the SQL of round 2 is the same as that of round 2" in err + out
    assert "no round 9 (\\history lists them)" in err and "usage: \\diff [N [M]]" in err
    refined = shell.state.rounds[3]
    assert refined.number == 4 and refined.feedback_of == 3 and refined.result.sql.endswith("LIMIT 3")
    assert "[4] limit 3 (revises round 3)" in out and refined.result.description in out
    last = out[out.rindex("--- round 3"):]
    assert "-LIMIT 5" in last and "+LIMIT 3" in last
    assert "usage: \\refine N[.K] what to change" in err and "no round 42" in err
    assert "round 5 is a breakdown: \\refine 5.K refines its sub-task K" in err
    sub = out[out.rindex("--- round 5.3\n+++ round 6\n"):]                # against the sub-task it refines
    assert "-LIMIT 3\n+LIMIT 2\n" in sub and "-- 1." not in sub


def test_knowledge_base_commands(server, tmp_path):
    keys = ("\\kb add term big spender, whale: a customer whose orders total more than 500\r"
            "\\kb add example How many orders are there? => SELECT COUNT(*) FROM orders\r"
            "\\kb add instruction Round money to 2 decimals.\r"
            "\\kb add term no meaning here\r\\kb remove 999999\r\\kb frobnicate\r\\kb\r\x04")
    code, out, err, shell = run_repl(server.url, keys, tmp_path, database="shop")
    ids = re.findall(r"added (?:term|example|instruction) (\d+) to knowledge base", err)
    assert len(ids) == 3
    assert "big spender, whale: a customer whose orders total more than 500" in out
    assert "How many orders are there? => SELECT COUNT(*) FROM orders" in out and "Round money to 2" in out
    assert err.count("usage: \\kb [list]") == 2 and "no knowledge item 999999 for shop" in err
    keys = "".join(f"\\kb remove {i}\r" for i in ids) + "\\kb\r\x04"
    code, out, err, shell = run_repl(server.url, keys, tmp_path, database="shop")
    assert all(f"removed knowledge item {i}" in err for i in ids) and "big spender" not in out


@pytest.fixture()
def served(tmp_path, user_env):
    """`c2q serve` on the demo database, as a separate process; yields the shell's environment."""
    p = subprocess.Popen([c2q_bin(), "serve", "--state-dir", str(tmp_path / "served"), "--port", "0"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=user_env)
    info = {}
    for line in p.stdout:
        key, _, value = line.rstrip("\n").partition(": ")
        info[key] = value
        if key == "state dir":
            break
    env = dict(user_env, C2Q_ENDPOINT=info["endpoint"], C2Q_PUBLIC_KEY=info["public key"],
               C2Q_PRIVATE_KEY=info["private key"], C2Q_CLUSTER_ID="local", C2Q_DATABASE="sp500insight")
    try:
        yield env
    finally:
        p.terminate()
        p.communicate(timeout=20)


def test_demo_script_then_offline_replay(served, tmp_path):
    script = tmp_path / "demo.txt"
    conv = tmp_path / "conv"
    script.write_text("# a demo\nHow many companies are in each sector?\n\nonly those with more than 50\n\\diff\n"
                      f"\\export conversation {conv}.json\n\\export conversation {conv}.md\n")
    child = pexpect.spawn(c2q_bin(), ["--script", str(script)], env=served, encoding="utf-8", timeout=60,
                          dimensions=(40, 160))
    try:
        child.expect(r"How many companies are in each sector\?")     # pre-filled, not sent
        child.sendintr()                                                          # a question of one's own
        child.expect(r"\(direct\)")
        child.sendline("how many companies are there?")
        child.expect("503")
        child.expect(r"How many companies are in each sector\?")     # the script line is back
        child.send("\r")
        child.expect("Information Technology")
        child.expect("only those with more than 50")
        child.send("\x7f\x7f80\r")                                                # edited before sending
        child.expect(r"\[3\]")
        child.expect("Industrials")
        child.expect(r"\\diff")
        child.send("\r")
        child.expect(r"\+  COUNT\(\*\) > 80")
        for _ in range(2):
            child.expect(r"\\export conversation")
            child.send("\r")
            child.expect("wrote 3 rounds to")
        child.expect(r"\(direct\)")                                              # the script is done
        child.sendcontrol("d")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0
    md = (tmp_path / "conv.md").read_text()
    assert "## [3] only those with more than 80" in md and "\nHAVING\n  COUNT(*) > 80\n" in md and "| Industrials" in md
    doc = json.loads((tmp_path / "conv.json").read_text())
    assert [r["question"] for r in doc["rounds"]] == ["how many companies are there?",
                                                       "How many companies are in each sector?",
                                                       "only those with more than 80"]

    offline = {k: v for k, v in served.items() if not k.startswith("C2Q_")}
    child = pexpect.spawn(c2q_bin(), ["--replay", f"{conv}.json"], env=offline, encoding="utf-8", timeout=30,
                          dimensions=(40, 160))
    try:
        child.expect("Replaying conv.json: 3 rounds on sp500insight, offline")
        child.expect(r"how many companies are there\?")
        child.send("\r")
        child.expect("503")
        child.expect(r"How many companies are in each sector\?")
        child.send("\r")
        child.expect("Utilities")
        child.expect("only those with more than 80")
        child.send("\r")
        child.expect("Industrials")
        child.sendline("\\diff")
        child.expect(r"\+  COUNT\(\*\) > 80")
        child.sendline("\\sessions")
        child.expect("not available in an offline replay")
        child.send("\r")
        child.expect("that was the last of 3 rounds")
        child.expect(r"\(direct\)")
        child.sendcontrol("d")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0


def test_script_feed_in_process(server, tmp_path):
    from c2q_shell.render.text import plain
    from c2q_shell.shell.feed import FeedError, Script
    (tmp_path / "s.txt").write_text("# only comments\n\n")
    with pytest.raises(FeedError, match="has no questions"):
        Script.load(tmp_path / "s.txt")
    with pytest.raises(FeedError, match="cannot read the script"):
        Script.load(tmp_path / "missing.txt")
    (tmp_path / "win.txt").write_bytes("\ufeffq one\r\n# note\r\n\r\nq two\r\n".encode())
    assert Script.load(tmp_path / "win.txt").lines == ["q one", "q two"]
    feed = Script(["how many companies are there?", "\\rows 3"], "s.txt")
    code, out, err, shell = run_repl(server.url, "\\history\r\r\r\r\x04", tmp_path, feed=feed)
    assert err.startswith("no rounds yet\n")           # a command typed after the pre-filled question ran
    assert "503" in out and "showing up to 3 rows" in err and shell.state.rows == 3
    assert feed.pos == 2 and "s.txt: done" in plain(shell.toolbar())


def test_replay_without_a_terminal_and_bad_files(user_env, tmp_path):
    from c2q_shell.api.models import parse_result
    from c2q_shell.shell.export import conversation, write_conversation
    from c2q_shell.shell.state import Round
    rows = [[str(i)] for i in range(150)]
    answer = parse_result({"type": "data_retrieval", "task_id": "0", "status": "done", "clarified_task": "count",
                           "sql": "SELECT n FROM t", "data": {"columns": [{"col": "n"}], "rows": rows},
                           "assumptions": [{"concept": "n", "explanation": "a number"}]})
    doc = conversation([Round(1, "list n", "direct", result=answer, elapsed=0.5)], "db1", 7, "demo")
    write_conversation(tmp_path / "c.json", doc)
    r = subprocess.run([c2q_bin(), "--replay", str(tmp_path / "c.json")], capture_output=True, text=True,
                       env=user_env, timeout=60, stdin=subprocess.DEVNULL)
    assert r.returncode == 0 and "FROM t" in r.stdout and "• n: a number" in r.stdout and "\n99\n" in r.stdout
    assert "the recording keeps the first 100 rows of 150" in r.stderr
    (tmp_path / "bad.json").write_text('{"rounds": []}')
    broken = dict(doc, rounds=[dict(doc["rounds"][0], number="one", result={"sub_tasks": "x"})])
    (tmp_path / "broken.json").write_text(json.dumps(broken))
    for args, says in ((["--replay", str(tmp_path / "none.json")], "cannot read"),
                       (["--replay", str(tmp_path / "bad.json")], "is not a c2q conversation"),
                       (["--replay", str(tmp_path / "broken.json")], "round 1 cannot be read"),
                       (["--script", "a", "--replay", "b"], "not allowed with")):
        r = subprocess.run([c2q_bin(), *args], capture_output=True, text=True, env=user_env, timeout=60)
        assert r.returncode == 2 and says in r.stderr, (args, r.stderr)


def test_help_and_summary_wrap_between_words_at_the_terminal_width(server, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("LINES", "40")
    keys = "\\help\r\\summary companies.sector\r\\summary\r\\quit\r"
    code, out, err, _ = run_repl(server.url, keys, tmp_path)
    assert code == 0 and "Traceback" not in err
    assert max(len(line) for line in out.splitlines()) <= 80, max(out.splitlines(), key=len)
    helped = out[:out.index("Keys:")]
    # the help of \diff goes on under itself, its words whole
    joined = " ".join(line.strip() for line in helped.splitlines())
    assert "what a follow-up changed in the SQL (N: against the round before; or N against M)" in joined
    assert re.search(r"\n {30,}\S", helped)                   # continued under the help column
    # one column: its whole description, not cut
    assert "'Industrials', 'Financials'" in out and "such as 'Industrials', 'Fina…" not in out
    # a table's description wraps between words ("date_added" whole)
    assert "date_added" in out.split("companies:", 1)[1].split("╭", 1)[0].replace("\n", " ")


def test_a_question_ending_in_backslash_g_is_shown_one_field_a_line(server, tmp_path):
    keys = ("What are the 3 largest companies by market cap?\\G\r"
            "how many companies are there?\r\\history\r\\quit\r")
    code, out, err, shell = run_repl(server.url, keys, tmp_path)
    assert code == 0 and "error" not in err
    first, second = out.split("[2]", 1)
    assert "*** 1. row ***" in first and "market_cap: 5,200,733,011,968" in first and "╭" not in first
    assert "╭" in second and "1. row" not in second                 # the next round: a table again
    assert shell.state.rounds[0].question == "What are the 3 largest companies by market cap?"
    assert shell.state.format == "table"


def test_tab_completes_values_the_data_summary_shows(server, tmp_path):
    from prompt_toolkit.document import Document

    from c2q_shell.shell.completion import ShellCompleter
    code, out, err, shell = run_repl(server.url, "\\summary companies\r\\quit\r", tmp_path)
    assert code == 0
    completer = ShellCompleter(shell)

    def complete(text: str) -> dict[str, str]:
        return {c.text: c.display_meta_text for c in completer.get_completions(Document(text), None)}
    assert complete("companies in Cal") == {"California": "companies.hq_region"}
    assert complete("average yield in inf")["Information Technology"] == "companies.sector"
    assert complete("how many per sec")["sector"] == "column of companies"
    assert complete("list fundam") == {"fundamentals": "table"}


def test_toolbar_fits_a_narrow_terminal_keeping_the_script_position(server, tmp_path, monkeypatch):
    from c2q_shell.render.text import plain, width
    from c2q_shell.shell.feed import Script
    feed = Script(["How many companies are in each sector?", "only those with more than 50", "\\diff"],
                  "sp500-demo.txt")
    code, out, err, shell = run_repl(server.url, "\r\x03\x04", tmp_path, feed=feed)
    monkeypatch.setenv("COLUMNS", "120")
    wide = plain(shell.toolbar())
    assert "· last " in wide and "sp500-demo.txt: 2/3" in wide and "How many companies are in each" in wide
    monkeypatch.setenv("COLUMNS", "80")
    narrow = plain(shell.toolbar())
    assert width(narrow) <= 79 and "sp500-demo.txt: 2/3" in narrow and "mode: direct" in narrow
    assert f"session {shell.backend.session.session_id}" in narrow
    monkeypatch.setenv("COLUMNS", "60")
    assert width(plain(shell.toolbar())) <= 59 and "sp500-demo.txt: 2/3" in plain(shell.toolbar())


def test_the_shells_own_listings_count_what_they_list(server, tmp_path):
    code, out, err, _ = run_repl(server.url, "how many companies are there?\r\\history\r\\sessions\r"
                                             "\\summary companies\r\\quit\r", tmp_path)
    assert code == 0
    history = out[out.index("│ question"):]
    assert re.search(r"\n1 round\n", history) and "1 row\n" not in history
    assert re.search(r"\n\d+ sessions?\n", out)
    assert "\n9 columns\n" in out                                  # companies has nine


def test_diff_after_feedback_on_a_sub_task_compares_with_that_sub_task(server, tmp_path):
    keys = (F2 + "Give me an overview of the Energy sector: the number of companies, their average dividend yield, "
            "and the 3 largest by market cap\r\\feedback 1.3 only the top 2\r\\diff\r\\quit\r")
    code, out, err, shell = run_repl(server.url, keys, tmp_path)
    assert code == 0 and "error" not in err
    diff = out[out.index("--- round 1"):]
    assert diff.startswith("--- round 1.3\n+++ round 2\n")
    assert "-LIMIT 3\n+LIMIT 2" in diff and "number of companies" not in diff   # not the other sub-tasks
    assert shell.state.rounds[1].revises_task == 3


def test_toolbar_of_a_shell_that_cannot_connect_fits(tmp_path, monkeypatch):
    from c2q_shell.render.text import plain, width
    monkeypatch.setenv("COLUMNS", "80")
    code, out, err, shell = run_repl("http://127.0.0.1:1/api", "how many?\r\x04", tmp_path)
    assert code == 0 and err.count("cannot start: cannot reach http://127.0.0.1:1/api") == 1
    bar = plain(shell.toolbar())
    assert width(bar) <= 79 and "not connected" in bar
    monkeypatch.setenv("COLUMNS", "160")
    assert "cannot reach http://127.0.0.1:1/api" in plain(shell.toolbar())     # the reason, when it fits
