"""The command registry as a unit: the decorator that registers on an instance, the one shared
wrapper (ready + API error + usage), near-match suggestions, and no import cycle with the REPL."""
from __future__ import annotations

import io
import subprocess
import sys

import pytest

from c2q_shell.api.errors import ApiError
from c2q_shell.shell.commands import build_registry
from c2q_shell.shell.output import Printer
from c2q_shell.shell.registry import CommandRegistry, Usage


class Ctx:
    """The smallest Context: a printer and a switch for ready()."""

    def __init__(self, reg: CommandRegistry, ready: bool = True):
        self.commands = reg
        self.out, self.err = io.StringIO(), io.StringIO()
        self.printer = Printer(None, False, self.out, self.err)
        self._ready = ready
        self.readied = 0

    def ready(self) -> bool:
        self.readied += 1
        return self._ready


def test_decorator_registers_on_the_instance_only():
    a, b = CommandRegistry(), CommandRegistry()
    seen = []

    @a.command("ping", help="answer pong", aliases=("p",), usage="[x]")
    def ping(sh, arg):
        seen.append(arg)

    assert a.find("ping").help == "answer pong" and a.find("p") is a.find("ping")
    assert b.find("ping") is None and b.names() == []
    a.run(Ctx(a), "/p  hello ")
    a.run(Ctx(a), "\\PING x")
    assert seen == ["hello", "x"]
    with pytest.raises(ValueError, match="already a name of"):
        a.command("pong", help="", aliases=("p",))(ping)


def test_shared_wrapper_ready_api_error_and_usage():
    reg = CommandRegistry()
    calls = []

    @reg.command("remote", help="", ready=True, fails="cannot do it")
    def remote(sh, arg):
        calls.append(arg)
        if arg == "bad":
            raise ApiError("the service said no", 400)
        if arg == "usage":
            raise Usage("usage: \\remote [x]")

    ctx = Ctx(reg, ready=False)
    reg.run(ctx, "\\remote ok")
    assert calls == [] and ctx.readied == 1            # not started: the handler never runs
    ctx = Ctx(reg)
    reg.run(ctx, "\\remote bad")
    reg.run(ctx, "\\remote usage")
    assert ctx.err.getvalue() == "cannot do it: the service said no\nusage: \\remote [x]\n"


def test_near_matches_prefer_prefixes_and_aliases():
    reg = build_registry()
    assert reg.near("e") == ["exit", "export"]            # prefixes, not \new
    assert reg.near("he") == ["help"]
    assert reg.near("formt") == ["format"]
    assert reg.near("sesions") == ["sessions"]
    assert reg.near("zzzz") == []
    ctx = Ctx(reg)
    reg.run(ctx, "\\e")
    assert "unknown command \\e; did you mean \\exit, \\export?" in ctx.err.getvalue()


def test_commands_module_does_not_import_the_repl():
    code = "import sys, c2q_shell.shell.commands; print('c2q_shell.shell.repl' in sys.modules)"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert r.stdout.strip() == "False"


def test_sql_diff_is_highlighted_and_survives_unparsable_sql():
    from c2q_shell.render.diff import layout, sql_diff
    frags = sql_diff(layout("SELECT a FROM t WHERE x = 1"), layout("SELECT a FROM t WHERE x = 2 ORDER BY a"),
                     "round 1", "round 2")
    styled = {text.rstrip("\n"): style for style, text in frags}
    assert styled["--- round 1"] == styled["+++ round 2"] == "class:diff.header"
    assert styled["-  x = 1"] == "class:diff.del" and styled["+  x = 2"] == "class:diff.add"
    assert styled["+ORDER BY"] == "class:diff.add" and styled[" FROM t"] == ""
    assert any(style == "class:diff.hunk" for style, _ in frags)
    assert layout("SELEC nonsense ((") == ["SELEC nonsense (("]              # shown as written
    same = sql_diff(layout("SELECT 1"), layout("select 1;"), "round 1", "round 2")
    assert same == [("class:info", "the SQL of round 2 is the same as that of round 1\n")]


def test_export_completes_conversation_and_file_names(tmp_path, monkeypatch):
    from c2q_shell.shell.commands import export_completer
    (tmp_path / "sub").mkdir()
    (tmp_path / "demo.json").write_text("{}")
    (tmp_path / "sub" / "x.csv").write_text("")
    (tmp_path / ".hidden").write_text("")
    monkeypatch.chdir(tmp_path)
    assert export_completer(None, "conv") == ["conversation "]
    assert export_completer(None, "conversation d") == ["conversation demo.json"]
    assert export_completer(None, "") == ["demo.json", "sub/"]
    assert export_completer(None, "sub/") == ["sub/x.csv"]
    assert export_completer(None, f"{tmp_path}/de") == [f"{tmp_path}/demo.json"]
    assert export_completer(None, "nosuchdir/x") == []
