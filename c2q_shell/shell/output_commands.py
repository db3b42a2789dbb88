"""Commands about how results are shown: \\pager and \\numbers (installed on the registry by
the REPL, next to the built-in ones)."""
from __future__ import annotations

from ..config import CHOICES
from .registry import CommandRegistry, Context, Usage


def _choices(name: str):
    return lambda sh, a: [c for c in CHOICES[name] if c.startswith(a)]


def install_output(reg: CommandRegistry) -> None:
    @reg.command("pager", usage="[auto|always|off]", complete=_choices("pager"),
                 help="page results through $PAGER (less -FRSX): auto when they do not fit, always, or off")
    def pager(sh: Context, arg: str) -> None:
        if arg and arg not in CHOICES["pager"]:
            raise Usage("usage: \\pager [auto|always|off]")
        if arg:
            sh.printer.pager = arg
        from .output import pager_command
        sh.printer.info(f"pager: {sh.printer.pager} ({' '.join(pager_command())}; errors are never paged)")

    @reg.command("numbers", usage="[grouped|human|raw]", complete=_choices("numbers"),
                 help="numbers in tables: 1,234,567 (grouped), 1.23M (human) or as sent (raw)")
    def numbers(sh: Context, arg: str) -> None:
        if arg and arg not in CHOICES["numbers"]:
            raise Usage("usage: \\numbers [grouped|human|raw]")
        if arg:
            sh.state.settings.numbers = arg
        sh.printer.info(f"numbers: {sh.state.settings.numbers} (exports and csv/tsv/json keep every digit)")
