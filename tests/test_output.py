"""What the user sees while and after a round, through the installed `c2q` in a pseudo-terminal
against a real server: the spinner from the moment a question is sent (through a proxy that
holds the POST and the polls until the test has seen it), the toolbar kept under it, Ctrl-C
during a slow POST; the pager (a PAGER script that marks what it was given), row counts, the
continuation prompt; batch machine formats, one error line, a closed pipe."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import textwrap

import pexpect
import pytest
from conftest import PRIV, PUB
from slowproxy import SlowProxy

PROMPT = r"\(direct\)"


def c2q_bin() -> str:
    exe = shutil.which("c2q", path=os.path.dirname(sys.executable))
    assert exe, "the c2q console script must be installed (make test installs it)"
    return exe


@pytest.fixture()
def proxy(server):
    p = SlowProxy(server.url).start()
    yield p
    p.stop()


def env_for(tmp_path, endpoint: str, **extra) -> dict:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("C2Q_") and k not in ("NO_COLOR", "LESS", "PAGER")}
    env.update(XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"), TERM="xterm",
               PROMPT_TOOLKIT_NO_CPR="1", C2Q_ENDPOINT=endpoint, C2Q_PUBLIC_KEY=PUB, C2Q_PRIVATE_KEY=PRIV,
               C2Q_CLUSTER_ID="local", C2Q_DATABASE="sp500insight", **extra)
    return env


def test_spinner_and_toolbar_from_the_moment_a_question_is_sent(proxy, server, tmp_path):
    env = env_for(tmp_path, proxy.url_for(server.url))
    child = pexpect.spawn(c2q_bin(), env=env, encoding="utf-8", timeout=60, dimensions=(60, 120))
    try:
        child.expect(PROMPT)
        post, poll = proxy.hold("POST", r"/chat2data"), proxy.hold("GET", r"/v2/jobs/")
        child.sendline("Count the companies by sector")
        assert post.arrived.wait(30)
        child.expect(r"sending… +\d+\.\d s · Ctrl-C cancels")          # while the POST is held
        child.expect(r"mode: direct .*session \d+")                      # the toolbar stays, under it
        post.release.set()
        assert poll.arrived.wait(30)
        child.expect(r"thinking… +\d+\.\d s · Ctrl-C cancels")         # while a poll is held
        poll.release.set()
        child.expect("Information Technology")
        child.expect("11 rows")
        child.expect(PROMPT)

        post = proxy.hold("POST", r"/chat2data")                        # Ctrl-C during a slow POST
        child.sendline("how many companies are there?")
        assert post.arrived.wait(30)
        child.expect("sending…")
        child.sendcontrol("c")
        child.expect(r"\[2\] cancelled; the session goes on")
        child.expect(PROMPT)
        post.release.set()
        child.sendline("how many companies are there?")
        child.expect("503")
        child.expect("1 row")
        child.expect(PROMPT)
        child.sendcontrol("d")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0


def test_commands_that_call_the_api_show_the_spinner_too(proxy, server, tmp_path):
    env = env_for(tmp_path, proxy.url_for(server.url))
    child = pexpect.spawn(c2q_bin(), env=env, encoding="utf-8", timeout=60, dimensions=(40, 120))
    try:
        child.expect(PROMPT)
        post = proxy.hold("POST", r"/suggestQuestions")                 # a slow POST: the spinner at once
        child.sendline("\\suggest")
        assert post.arrived.wait(30)
        child.expect(r"suggesting… +\d+\.\d s · Ctrl-C cancels")
        child.expect(r"mode: direct ")                                   # the toolbar stays under it
        post.release.set()
        child.expect(r"1\. ")
        child.expect(PROMPT)

        held = proxy.hold("GET", r"/v3/knowledgeBases")
        child.sendline("\\kb")
        assert held.arrived.wait(30)
        child.expect(r"knowledge base… +\d+\.\d s · Ctrl-C cancels")
        child.sendcontrol("c")                                           # Ctrl-C: back at once
        child.expect("interrupted; the session goes on")
        child.expect(PROMPT)
        held.release.set()

        held = proxy.hold("GET", r"/v3/sessions")
        child.sendline("\\sessions all")
        assert held.arrived.wait(30)
        child.expect(r"listing sessions… +\d+\.\d s")
        held.release.set()
        child.expect(r"last activity|no sessions yet")        # (the server may be shared)
        child.expect(PROMPT)
        child.sendcontrol("d")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0


PAGER_SCRIPT = """\
import os, sys
data = sys.stdin.read()
sys.stdout.write("<<PAGER LESS=%s>>\\n" % os.environ.get("LESS", "(unset)") + data + "<<END PAGER>>\\n")
"""


def test_pager_auto_always_off_and_errors_never_paged(server, tmp_path):
    script = tmp_path / "pager.py"
    script.write_text(PAGER_SCRIPT)
    env = env_for(tmp_path, server.url, PAGER=f"{sys.executable} {script}")
    child = pexpect.spawn(c2q_bin(), env=env, encoding="utf-8", timeout=60, dimensions=(24, 120))
    try:
        child.expect(PROMPT)
        child.sendline("count the companies in the index")              # fits: not paged
        child.expect(r"(?<![0-9])1 row(?!s)")
        assert "<<PAGER" not in child.before
        child.expect(PROMPT)
        assert "<<PAGER" not in child.before

        child.sendline("\\rows 0")
        child.expect(PROMPT)
        child.sendline("List all companies")                            # 503 rows: paged, LESS set
        child.expect(r"<<PAGER LESS=-FRSX>>")
        child.expect("Zoetis")
        child.expect(r"(?<![0-9])503 rows")
        child.expect("<<END PAGER>>")
        child.expect(PROMPT)

        child.sendline("/pager off")
        child.expect("pager: off")
        child.sendline("List all companies")
        child.expect(r"(?<![0-9])503 rows")
        assert "<<PAGER" not in child.before
        child.expect(PROMPT)

        child.sendline("\\pager always")
        child.expect("pager: always")
        child.sendline("how many companies are there?")                 # always: even one row
        child.expect("<<PAGER")
        child.expect(r"(?<![0-9])1 row(?!s)")
        child.expect("<<END PAGER>>")
        child.expect(PROMPT)
        child.sendline("what is the weather on mars")                   # errors go to stderr, unpaged
        child.expect("Could not answer")
        assert "<<PAGER" not in child.before
        child.expect(PROMPT)
        assert "<<PAGER" not in child.before and "<<END PAGER" not in child.before
        child.sendline("\\history")                                     # a command's output pages too
        child.expect("<<PAGER")
        child.expect("weather on mars")
        child.expect("<<END PAGER>>")
        child.expect(PROMPT)

        child.send("how many companies")                                # Alt-Enter: a second line
        child.send("\x1b\r")
        child.expect("-> ")
        child.send(" are there?\r")
        child.expect("<<PAGER")
        child.expect("503")
        child.expect(PROMPT)
        child.sendcontrol("d")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0

    env["LESS"] = "-R"                                                  # a LESS of the user's is kept
    r = subprocess.run([c2q_bin()], input="\\pager always\nhow many companies are there?\n", env=env,
                       capture_output=True, text=True, timeout=60)
    assert "<<PAGER" not in r.stdout                                    # never paged without a terminal
    child = pexpect.spawn(c2q_bin(), env=env, encoding="utf-8", timeout=60, dimensions=(24, 120))
    try:
        child.expect(PROMPT)
        child.sendline("\\pager always")
        child.sendline("count the companies in the index")
        child.expect(r"<<PAGER LESS=-R>>")
        child.expect(PROMPT)
        child.sendcontrol("d")
        child.expect(pexpect.EOF)
    finally:
        child.close()


OVERVIEW = ("Give me an overview of the Utilities sector: the number of companies, their average dividend yield, "
            "and the 3 largest by market cap")


def test_batch_machine_formats_separate_sub_tasks(server, tmp_path):
    env = env_for(tmp_path, server.url)
    r = subprocess.run([c2q_bin(), "--mode", "auto_breakdown", "--format", "csv", "-e", OVERVIEW,
                        "-e", "how many companies are there?"], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    blocks = r.stdout.rstrip("\n").split("\n\n")                       # one block per result set
    tables = [list(csv.reader(io.StringIO(b))) for b in blocks]
    assert [t[0] for t in tables] == [["number_of_companies"], ["avg_dividend_yield"], ["name", "market_cap"],
                                      ["number_of_companies"]]
    assert tables[1][1][0].startswith("0.0303290322")                  # every digit, no %
    assert tables[2][1] == ["NextEra Energy", "174492090368"]           # no thousands separators
    r = subprocess.run([c2q_bin(), "--mode", "auto_breakdown", "--format", "json", "-e", OVERVIEW],
                       capture_output=True, text=True, env=env, timeout=120)
    doc = json.loads(r.stdout)
    assert [len(t["rows"]) for t in doc] == [1, 1, 3] and doc[0]["task"]
    assert doc[0]["rows"] == [{"number_of_companies": 31}]              # numbers stay numbers
    assert doc[2]["rows"][0] == {"name": "NextEra Energy", "market_cap": 174492090368}


def test_failed_batch_round_says_so_once(server, tmp_path):
    env = env_for(tmp_path, server.url)
    r = subprocess.run([c2q_bin(), "--format", "csv", "-e", "what is the weather on mars"], capture_output=True,
                       text=True, env=env, timeout=120)
    assert r.returncode == 1 and r.stdout == ""
    assert r.stderr.count("Could not answer") == 1, r.stderr


def test_closed_pipe_ends_quietly(server, tmp_path):
    env = env_for(tmp_path, server.url)
    r = subprocess.run(["bash", "-c", f"'{c2q_bin()}' --format json -e 'List all companies' "
                        "-e 'List all companies' -e 'List all companies' | head -20"],
                       capture_output=True, text=True, env=env, timeout=120)
    assert len(r.stdout.splitlines()) == 20
    assert "Traceback" not in r.stderr and "BrokenPipe" not in r.stderr, r.stderr


def test_welcome_wraps_between_words():
    from c2q_shell.config import Settings
    from c2q_shell.shell.main import welcome
    for columns in (120, 80, 60):
        lines = welcome(Settings(), columns)
        assert all(len(line) < columns for line in lines)
        words = " ".join(lines).split()
        assert "(one-time" in words and "keys)." in words and "sp500insight" in words
    assert textwrap.dedent("\n".join(welcome(Settings(), 200))).count("\n") == 1


def test_a_job_reads_done_only_once_its_round_is_in_the_session(tmp_path):
    """A client that polls quickly asks its follow-up the moment the job reads done; the
    round it follows must already be in the session by then."""
    import threading as th

    from c2q_shell.server.jobs import JobRunner
    from c2q_shell.server.store import Store
    runner = JobRunner(Store(tmp_path / "state.sqlite"))
    saving, release = th.Event(), th.Event()

    def finish(job_id, status, result, reason):
        saving.set()
        release.wait(30)
        runner.store.end_job(job_id, status, result, reason)

    job = runner.submit("chat2data", lambda progress: {"ok": 1}, None, finish=finish)
    assert saving.wait(30)
    assert runner.store.job(job)["status"] != "done"          # still saving the round
    release.set()
    assert runner.wait(job, 30) and runner.store.job(job)["status"] == "done"

    def broken(job_id, status, result, reason):
        raise RuntimeError("database is locked")

    job = runner.submit("chat2data", lambda progress: {"ok": 1}, None, finish=broken)
    assert runner.wait(job, 30)
    ended = runner.store.job(job)
    assert ended["status"] == "failed" and "could not be stored" in ended["reason"]     # it still ends
    runner.shutdown()


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_spinner_and_toolbar_fit_one_line_each(monkeypatch):
    from c2q_shell.render.text import width
    from c2q_shell.shell.output import Printer
    monkeypatch.setenv("COLUMNS", "60")
    monkeypatch.setenv("LINES", "20")
    err = Tty()
    p = Printer(None, False, Tty(), err)
    p.interactive = True
    p.status = lambda: " mode: direct · session 7 · 東京の会社はいくつありますか東京の会社はいくつありますか · \\help "
    p.tick("thinking…", 1.25)
    drawn = err.getvalue()
    assert "thinking…  1.2 s · Ctrl-C cancels" in drawn or "thinking…  1.3 s · Ctrl-C cancels" in drawn
    spinner, bar = drawn.split("\n")
    bar = bar.replace("\x1b[7m", "").replace("\x1b[0m", "").replace("\x1b[1A", "").replace("\x1b[K", "").strip("\r")
    assert width(bar) <= 59 and "mode: direct" in bar
    p.clear_spinner()
    assert err.getvalue().endswith("\r\x1b[J\x1b[?25h")               # both lines cleared, cursor back


def test_a_pager_that_cannot_start_prints_directly(monkeypatch):
    from c2q_shell.shell.output import Printer, run_pager
    monkeypatch.setenv("PAGER", "/nonexistent/pager -x")
    assert run_pager("text") is False
    out = Tty()
    p = Printer(None, False, out, Tty())
    p.interactive, p.pager = True, "always"
    p.out([("", "503 rows\n")])
    assert out.getvalue() == "503 rows\n"


def test_laying_out_every_row_of_a_big_answer_shows_the_spinner(monkeypatch):
    from c2q_shell.api.models import Answer
    from c2q_shell.config import Settings
    from c2q_shell.shell.output import Printer
    from c2q_shell.shell.rounds import show
    from c2q_shell.shell.state import Round, ShellState
    monkeypatch.setenv("COLUMNS", "80")
    out, err = Tty(), Tty()
    p = Printer(None, False, out, err)
    p.interactive, p.pager = True, "off"
    state = ShellState.from_settings(Settings(color=False))
    rows = [[f"SYM{i:06d}", str(i * 7)] for i in range(100_000)]
    big = Round(1, "every symbol", "direct", result=Answer("0", "done", "every symbol", "", [], "SELECT s, v FROM t",
                                                           None, ["s", "v"], rows))
    state.rows = 0                                                  # \rows 0: every row
    show(state, p, big)
    assert "laying out 100,000 rows…" in err.getvalue() and "Ctrl-C cancels" in err.getvalue()
    assert out.getvalue().rstrip().endswith("100,000 rows") and "SYM099999" in out.getvalue()
    err.truncate(0)
    err.seek(0)
    state.rows = 50                                                 # the first 50: at once, no spinner
    show(state, p, big)
    assert "laying out" not in err.getvalue()


def test_errors_wrap_between_words_on_a_terminal_only(monkeypatch):
    """A decline's long reason on an 80-column terminal breaks between words, never inside
    one ('sp500ins' / 'ight'); piped to a file it stays one line."""
    from c2q_shell.shell.output import Printer
    monkeypatch.setenv("COLUMNS", "80")
    reason = ("[5] error: Could not answer 'who is the CEO of Apple?'. Not understood: 'ceo' (no table, "
              "column or value of the sp500insight database accounts for it). Questions that work here: "
              "How many companies are in each sector?")
    tty = Tty()
    Printer(color=False, err=tty).error(reason)
    lines = tty.getvalue().rstrip("\n").split("\n")
    assert len(lines) > 1 and all(len(line) < 80 for line in lines)
    assert " ".join(lines) == reason                 # nothing lost, no word cut
    piped = io.StringIO()
    Printer(color=False, err=piped).error(reason)
    assert piped.getvalue() == reason + "\n"
