"""Themes: TOML files mapping style names to prompt_toolkit style strings. One Style drives
the prompt, the SQL highlighting and the tables."""
from __future__ import annotations

import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

BUILTIN_DIRS = [Path(__file__).resolve().parent.parent / "themes",        # installed: c2q_shell/themes
                Path(__file__).resolve().parent.parent.parent / "themes"]  # source tree: ./themes

# Every style name the renderers use, so a theme that leaves one out still works.
STYLE_NAMES = ("prompt", "prompt.mode", "round", "task", "sql.keyword", "sql.function", "sql.name", "sql.string",
               "sql.number", "sql.operator", "sql.punctuation", "sql.comment", "table.header", "table.border",
               "null", "truncated", "assumption", "description", "error", "warning", "info", "toolbar",
               "toolbar.mode", "spinner", "chart")


class ThemeError(ValueError):
    pass


def theme_dirs(user_dir: Path | None = None) -> list[Path]:
    dirs = [d for d in BUILTIN_DIRS if d.is_dir()]
    if user_dir is not None:
        dirs.insert(0, user_dir)
    return dirs


def available(user_dir: Path | None = None) -> list[str]:
    names = set()
    for d in theme_dirs(user_dir):
        if d.is_dir():
            names.update(p.stem for p in d.glob("*.toml"))
    return sorted(names)


def load_theme(name: str, user_dir: Path | None = None) -> dict[str, str]:
    """The theme's styles (style name -> prompt_toolkit style string)."""
    for d in theme_dirs(user_dir):
        path = d / f"{name}.toml"
        if path.is_file():
            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
            except tomllib.TOMLDecodeError as e:
                raise ThemeError(f"{path}: {e}") from None
            styles = data.get("styles")
            if not isinstance(styles, dict) or not all(isinstance(v, str) for v in styles.values()):
                raise ThemeError(f"{path}: needs a [styles] table of strings")
            out = {k: "" for k in STYLE_NAMES}
            out.update(styles)
            return out
    raise ThemeError(f"no theme '{name}'; available: {', '.join(available(user_dir)) or 'none'}")


def make_style(styles: dict[str, str] | None):
    """A prompt_toolkit Style (or an empty one when colour is off)."""
    from prompt_toolkit.styles import Style
    if not styles:
        return Style([])
    try:
        return Style([(k, v) for k, v in styles.items()])
    except (ValueError, AssertionError) as e:
        raise ThemeError(f"bad style value: {e}") from None
