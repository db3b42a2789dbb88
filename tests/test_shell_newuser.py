"""What a new user ran into: flags out of range, years shown as 1,784, chart labels unlike the
table's, a declined long question echoed in full, messages that misled (a bad endpoint, a
missing database file, a missing profile, \\diff of a declined round), a lone backslash sent as
a question, refine sessions left behind, batch exit codes, and \\rows without a limit."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from test_shell import run_repl

from c2q_shell.api.models import Answer, Chart
from c2q_shell.cli import main
from c2q_shell.render import answer as ra
from c2q_shell.render import table
from c2q_shell.render.text import plain


def c2q() -> str:
    exe = shutil.which("c2q", path=os.path.dirname(sys.executable))
    assert exe, "the c2q console script must be installed (make test installs it)"
    return exe


def clean_env(tmp_path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("C2Q_")}
    env.update(XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    return env


# 1 -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("value", ["99999", "-5", "65536", "http"])
def test_serve_port_out_of_range_is_one_usage_line(tmp_path, value):
    r = subprocess.run([c2q(), "serve", "--port", value, "--state-dir", str(tmp_path)], capture_output=True,
                       text=True, env=clean_env(tmp_path), timeout=60)
    assert r.returncode == 2 and r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "--port" in lines[0] and "65535" in lines[0], r.stderr
    assert "OverflowError" not in r.stderr


# 2 -----------------------------------------------------------------------------------------
def test_year_columns_are_plain_digits_in_tables():
    rows = [["BNY Mellon", "1784", "2023", "1950", "5200000"], ["State Street", "1792", "2024", "1999", "12345"]]
    cols = ["name", "founded", "fiscal_year", "built_yr", "yearly_revenue"]
    text = plain(table.render(cols, rows, "table", 50, 40, 120))
    for year in ("1784", "1792", "2023", "2024", "1950", "1999"):
        assert f" {year} " in text
    assert "1,784" not in text and "5,200,000" in text and "12,345" in text   # other numbers still grouped
    text = plain(table.render(["name", "min_founded"], [["a", "1784"]], "table", 50, 40, 120, numbers="human"))
    assert " 1784 " in text
    # a column of values 1800-2200 reads as years whatever its name (as the README says)
    assert " 1999 " in plain(table.render(["x", "n"], [["a", "1999"], ["b", "2004"]], "table", 50, 40, 120))


# 5 -----------------------------------------------------------------------------------------
def test_chart_labels_use_the_tables_number_format():
    rows = [["Communication Services", "0.02035"], ["Real Estate", "0.0393"], ["Energy", "1234567.5"]]
    a = Answer("0", "done", "t", "", [], "", None, ["sector", "avg_dividend_yield"], rows[:2],
               Chart("BarChart", "t", {"x": "sector", "y": "avg_dividend_yield"}))
    text = plain(ra.answer_body(a, ra.View(sql=False)))
    table_part, chart_part = text.split("BarChart")
    assert "2.04%" in table_part and "3.93%" in table_part
    assert "2.04%" in chart_part and "3.93%" in chart_part and "0.02035" not in chart_part
    b = Answer("0", "done", "t", "", [], "", None, ["sector", "total"], [["A", "1234567"], ["B", "1784"]],
               Chart("BarChart", "t", {"x": "sector", "y": "total"}))
    chart_part = plain(ra.answer_body(b, ra.View(sql=False))).split("BarChart")[1]
    assert "1,234,567" in chart_part and "1.23M" not in chart_part          # grouped, as the table shows it
    chart_part = plain(ra.answer_body(b, ra.View(sql=False, numbers="human"))).split("BarChart")[1]
    assert "1.23M" in chart_part


# 6 -----------------------------------------------------------------------------------------
def test_a_declined_long_question_is_shortened_and_its_words_named_once(server, tmp_path, api):
    question = " ".join(["flibber wobble zanzibar quux"] * 110)
    assert len(question) > 3000
    job = api.ask(api.session("sp500insight"), question)
    assert job["status"] == "failed" and job["reason"].count("'flibber'") == 1      # the server's message
    _, out, err, shell = run_repl(server.url, question + "\r\x04", tmp_path)
    line = next(x for x in err.splitlines() if "error:" in x)
    assert question not in err and "…'" in line and len(line) < 1000
    assert err.count("'wobble'") == 1 and err.index("'flibber'") < err.index("'wobble'") < err.index("'quux'")
    assert shell.state.rounds[0].question == question            # the round keeps the question whole


# 7 -----------------------------------------------------------------------------------------
def test_endpoint_that_is_not_a_url_is_refused_at_start(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    code = main(["--endpoint", "notaurl", "--public-key", "P", "--cluster-id", "1", "--database", "d", "-e", "x"])
    err = capsys.readouterr().err
    assert code == 2 and "'notaurl' is not a URL" in err and "http(s)://" in err and "MissingSchema" not in err


def test_named_profile_that_does_not_exist_is_an_error(tmp_path, capsys):
    missing = tmp_path / "none.toml"
    assert main(["--config", str(missing), "--profile", "nosuch", "-e", "x"]) == 2
    assert f"no profile 'nosuch': there is no config file at {missing}" in capsys.readouterr().err
    cfg = tmp_path / "config.toml"
    cfg.write_text('[profiles.prod]\nmode = "direct"\n')
    assert main(["--config", str(cfg), "--profile", "nosuch", "-e", "x"]) == 2
    assert f"no profile 'nosuch' in {cfg} (profiles: prod)" in capsys.readouterr().err


def test_serve_names_the_database_path_it_opened_and_refuses_other_files(tmp_path):
    env = clean_env(tmp_path)
    run = lambda *a: subprocess.run([c2q(), "serve", "--state-dir", str(tmp_path / "st"), *a],  # noqa: E731
                                    capture_output=True, text=True, env=env, timeout=60, cwd=tmp_path)
    r = run("--db", "sqlite:///tmp/x/missing.sqlite")
    assert r.returncode == 2 and f"{tmp_path}/tmp/x/missing.sqlite" in r.stderr and " /tmp/x/missing.sqlite" in r.stderr
    r = run("--db", f"sqlite:///{tmp_path}/nothere/missing.sqlite")
    assert r.returncode == 2 and f"no SQLite database at {tmp_path}/nothere/missing.sqlite" in r.stderr
    notes = tmp_path / "notes.txt"
    notes.write_text("hello, not a database\n")
    r = run("--db", f"sqlite:///{notes}")
    assert r.returncode == 2 and r.stdout == "" and len(r.stderr.strip().splitlines()) == 1
    assert f"{notes} is not a SQLite database" in r.stderr


def test_diff_of_a_declined_round_says_it_has_no_sql(server, tmp_path):
    _, out, err, _ = run_repl(server.url, "what is the weather on mars\r\\diff 1\r\\diff\r\x04", tmp_path)
    assert "round 1 has no SQL" in err and "first with SQL" not in err
    assert "no round with SQL yet" in err


# 8 -----------------------------------------------------------------------------------------
def test_a_lone_backslash_is_not_sent_as_a_question(server, tmp_path):
    _, out, err, shell = run_repl(server.url, "\\\r  \\  \r\x04", tmp_path)
    assert shell.state.rounds == [] and shell.backend.session is None
    assert err.count("a lone \\ is not a command") == 2 and "\\help" in err


def test_refine_leaves_no_empty_session_behind(server, tmp_path):
    keys = "list the 3 oldest companies\r\\refine 1 limit 2\r\\sessions all\r\x04"
    _, out, err, shell = run_repl(server.url, keys, tmp_path)
    assert "LIMIT 2" in out and len(shell.state.rounds) == 2
    listing = out[out.index("last activity"):]
    assert "list the 3 oldest companies" in listing and "limit 2" not in listing


def test_rows_has_a_documented_maximum(server, tmp_path, capsys):
    _, out, err, shell = run_repl(server.url, "\\rows 99999999999999999999999\r\\rows 1000000\r\x04", tmp_path)
    assert "at most 1,000,000" in err and shell.state.rows == 1_000_000
    assert main(["--rows", "99999999999999999999999", "-e", "x"]) == 2
    assert "--rows" in capsys.readouterr().err
    from c2q_shell.cli import shell_parser
    from c2q_shell.config import load
    cfg = tmp_path / "config.toml"
    cfg.write_text("rows = 99999999999999\n")
    s = load(shell_parser().parse_args(["--config", str(cfg)]), {})
    assert s.rows == 50 and any("rows must be 0 (every row) to 1,000,000" in w for w in s.warnings)
    readme = (os.path.dirname(os.path.dirname(__file__)) + "/README.md")
    assert "at most 1,000,000" in open(readme, encoding="utf-8").read()


def test_a_failed_command_fails_a_batch_run(tmp_path, server):
    env = clean_env(tmp_path)
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    r = subprocess.run([c2q(), "--endpoint", server.url, "--public-key", "TESTPUB1", "--private-key-env", "K",
                        "--cluster-id", "local", "--database", "shop", "-e", "\\export a.csv"],
                       capture_output=True, text=True, env=dict(env, K="test-private-key-0123456789"), timeout=60,
                       cwd=tmp_path)
    assert r.returncode == 1 and "no result to export yet" in r.stderr and not (tmp_path / "a.csv").exists()
    r = subprocess.run([c2q(), "--endpoint", server.url, "--public-key", "TESTPUB1", "--private-key-env", "K",
                        "--cluster-id", "local", "--database", "shop", "-e", "how many customers", "-e",
                        "\\export a.csv"], capture_output=True, text=True,
                       env=dict(env, K="test-private-key-0123456789"), timeout=60, cwd=tmp_path)
    assert r.returncode == 0 and (tmp_path / "a.csv").read_text().splitlines()[1] == "6"


# 3 -----------------------------------------------------------------------------------------
def test_the_prompt_redraws_when_start_up_moves_on_and_never_on_a_timer(server, tmp_path):
    """No periodic refresh (it wrote a cursor hide/show every 0.5 s forever while idle): the
    toolbar is redrawn when the background start-up changes its status, and only then."""
    import io
    import threading

    from conftest import PRIV, PUB
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from c2q_shell.config import Settings
    from c2q_shell.shell.backend import Backend, Target
    from c2q_shell.shell.output import Printer
    from c2q_shell.shell.repl import Shell
    from c2q_shell.shell.state import ShellState

    settings = Settings(color=False)
    backend = Backend(lambda: Target(server.url, PUB, PRIV, "local", "sp500insight"), job_timeout=20)
    shell = Shell(ShellState.from_settings(settings), backend, Printer(None, False, io.StringIO(), io.StringIO()))
    statuses_drawn: list[str] = []
    ready_drawn = threading.Event()
    try:
        with create_pipe_input() as inp:
            session = shell.make_session(None, input=inp, output=DummyOutput())
            assert not session.refresh_interval and not session.app.refresh_interval

            def rendered(_app) -> None:
                statuses_drawn.append(backend.status)
                if backend.status.startswith("ready") and not ready_drawn.is_set():
                    ready_drawn.set()
                    inp.send_text("\x04")            # seen: leave the prompt
            session.app.after_render.add_handler(rendered)

            def guard() -> None:         # if the ready status is never drawn, end the prompt: a failure, not a hang
                try:
                    backend.ready(timeout=60)
                finally:
                    if not ready_drawn.wait(60):      # (only a failure waits this long)
                        statuses_drawn.append("(the guard ended the prompt)")
                        inp.send_text("\x04")
            threading.Thread(target=guard, daemon=True).start()
            assert shell.loop() == 0
    finally:
        backend.close()
    # no key was pressed before "ready" was drawn: the redraws came from the status changes
    assert "(the guard ended the prompt)" not in statuses_drawn and statuses_drawn[-1].startswith("ready")
    assert len(statuses_drawn) <= 2 + 4          # a redraw per status, not one per half-second


# 4 -----------------------------------------------------------------------------------------
class CtrlCWhileWriting:
    """A terminal on stdout where the user presses Ctrl-C (a real SIGINT to this process) during
    the `at`-th write."""

    def __init__(self, at: int = 2):
        import io
        self.buf, self.writes, self.at = io.StringIO(), 0, at

    def isatty(self) -> bool:
        return True

    def write(self, text: str) -> int:
        import signal
        self.writes += 1
        if self.writes == self.at:
            signal.raise_signal(signal.SIGINT)
        return self.buf.write(text)

    def flush(self) -> None:
        pass

    def getvalue(self) -> str:
        return self.buf.getvalue()


def big_table() -> list:
    return [("", "╭" + "─" * 30 + "╮\n")] + [("", f"│ row {i:<5} {'═' * 18} │\n") for i in range(1000)] + \
        [("", "╰" + "─" * 30 + "╯\n")]


def test_ctrl_c_while_printing_stops_at_a_line_end(monkeypatch):
    from c2q_shell.shell.interrupts import OutputInterrupted
    from c2q_shell.shell.output import Printer
    out = CtrlCWhileWriting(at=2)
    p = Printer(None, False, out, CtrlCWhileWriting(at=0))
    p.interactive, p.pager = True, "off"
    with pytest.raises(OutputInterrupted):
        p.out(big_table())
    text = out.getvalue()
    assert text.endswith("│\n") and 0 < text.count("\n") < 1002      # cut, at the end of a line
    assert all(line.endswith(("│", "╮")) for line in text.splitlines())


def test_ctrl_c_while_paging_ends_the_line_and_raises(monkeypatch, capfd):
    """The pager (here: prints 1,000 bytes, cut inside a box character, then the Ctrl-C that
    reaches every process of the terminal) stops mid-line: the shell ends the line."""
    from c2q_shell.shell.interrupts import OutputInterrupted
    from c2q_shell.shell.output import Printer
    monkeypatch.setenv("PAGER", "sh -c 'head -c 1001; kill -INT $PPID; cat >/dev/null'")
    out = CtrlCWhileWriting(at=0)
    p = Printer(None, False, out, CtrlCWhileWriting(at=0))
    p.interactive, p.pager = True, "always"
    with pytest.raises(OutputInterrupted):
        p.out(big_table() * 10)
    assert out.getvalue() == "\x1b[0m\n"                     # the prompt starts on a line of its own
    paged = capfd.readouterr().out
    assert paged.startswith("╭") and not paged.endswith("\n") and paged.count("\n") < 20     # the pager's cut


def test_ctrl_c_in_a_long_result_keeps_the_round_and_says_so(server, tmp_path):
    import io

    from conftest import PRIV, PUB
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from c2q_shell.config import Settings
    from c2q_shell.shell.backend import Backend, Target
    from c2q_shell.shell.output import Printer
    from c2q_shell.shell.repl import Shell
    from c2q_shell.shell.state import ShellState

    out, err = CtrlCWhileWriting(at=3), io.StringIO()
    backend = Backend(lambda: Target(server.url, PUB, PRIV, "local", "sp500insight"), job_timeout=20)
    shell = Shell(ShellState.from_settings(Settings(color=False)), backend, Printer(None, False, out, err))
    shell.printer.pager = "off"
    backend.start()
    try:
        with create_pipe_input() as inp:
            inp.send_text(f"\\rows 0\rshow the index month by month\r\\export {tmp_path / 'all.csv'}\r\x04")
            shell.make_session(None, input=inp, output=DummyOutput())
            assert shell.loop() == 0
    finally:
        backend.close()
    text = out.getvalue()
    assert text.endswith("\n") and "1,000 rows" not in text          # stopped, at a line's end
    assert "output interrupted; nothing is lost" in err.getvalue()
    assert len(shell.state.rounds) == 1 and len((tmp_path / "all.csv").read_text().splitlines()) == 1001
