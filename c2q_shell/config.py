"""Settings: defaults < config file (TOML, with named profiles) < C2Q_* environment < flags.
The private key is read from the environment only and never shown."""
from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field, fields
from pathlib import Path


def _toml():
    """The TOML reader, imported only when there is a config file to read."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    return tomllib

MODES = ("direct", "auto_breakdown")
MAX_ROWS_SHOWN = 1_000_000      # --rows, rows = and \\rows: at most this many (0 shows every row)
CHOICES = {"pager": ("auto", "always", "off"), "numbers": ("grouped", "human", "raw")}


@dataclass
class Settings:
    endpoint: str = ""
    public_key: str = ""
    private_key: str = field(default="", repr=False)
    cluster_id: str = ""
    database: str = ""
    mode: str = "direct"
    theme: str = "dark"
    color: bool = True
    format: str = "table"
    rows: int = 50                  # rows shown per result
    max_cell: int = 40              # display width of a cell before it is cut
    timing: bool = True
    chart: bool = True              # text charts under results that have one
    pager: str = "auto"             # auto (what does not fit the terminal) | always | off
    numbers: str = "grouped"        # grouped (1,234,567) | human (1.23M) | raw (as sent)
    job_timeout: float = 300.0
    db_urls: list[str] = field(default_factory=list)
    history_file: str = ""
    profile: str = ""
    warnings: list[str] = field(default_factory=list)
    error: str = ""                     # a setting the user asked for cannot be had (exit 2): a missing profile
    format_from_user: bool = False      # set by a config file, C2Q_FORMAT or --format

    @property
    def embedded(self) -> bool:
        return not self.endpoint


def config_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(base) / "c2q"


def data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "c2q"


FILE_KEYS = {"endpoint": str, "public_key": str, "private_key_env": str, "cluster_id": str, "database": str,
             "mode": str, "theme": str, "format": str, "rows": int, "max_cell": int, "timing": bool, "chart": bool, "pager": str, "numbers": str,
             "no_color": bool, "job_timeout": (int, float), "db": (str, list), "history_file": str}


def _apply(s: Settings, values: dict, origin: str, env) -> None:
    for key, value in values.items():
        if key == "profiles":
            continue
        kind = FILE_KEYS.get(key)
        if kind is None:
            s.warnings.append(f"{origin}: unknown setting '{key}' ignored")
            continue
        if not isinstance(value, kind) or isinstance(value, bool) and kind in (int, (int, float)):
            s.warnings.append(f"{origin}: '{key}' has the wrong type ({type(value).__name__}); ignored")
            continue
        if key == "private_key_env":
            s.private_key = env.get(value, s.private_key)
        elif key == "no_color":
            s.color = not value if value else s.color
        elif key == "db":
            s.db_urls = [value] if isinstance(value, str) else [str(v) for v in value]
        elif key == "format":
            s.format, s.format_from_user = value, True
        elif key == "rows" and not 0 <= value <= MAX_ROWS_SHOWN:
            s.warnings.append(f"{origin}: rows must be 0 (every row) to {MAX_ROWS_SHOWN:,}; ignored")
        elif key == "mode" and value not in MODES:
            s.warnings.append(f"{origin}: mode must be one of {', '.join(MODES)}; ignored")
        elif key in CHOICES and value not in CHOICES[key]:
            s.warnings.append(f"{origin}: {key} must be one of {', '.join(CHOICES[key])}; ignored")
        else:
            setattr(s, key, value)


def load_file(s: Settings, path: Path, profile: str, env) -> None:
    if not path.exists():
        if profile:
            s.error = f"no profile '{profile}': there is no config file at {path}"
        return
    try:
        tomllib = _toml()
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except _toml().TOMLDecodeError as e:
        where = re.search(r"line (\d+)", str(e))
        s.warnings.append(f"{path}" + (f", line {where.group(1)}" if where else "") +
                          f": {e}; using the defaults")
        return
    except OSError as e:
        s.warnings.append(f"{path}: cannot read ({e.strerror}); using the defaults")
        return
    _apply(s, data, str(path), env)
    if profile:
        profiles = data.get("profiles") or {}
        if profile not in profiles or not isinstance(profiles[profile], dict):
            names = ", ".join(sorted(profiles)) or "none"
            s.error = f"no profile '{profile}' in {path} (profiles: {names})"
        else:
            _apply(s, profiles[profile], f"{path} [profiles.{profile}]", env)


def load(args=None, environ: dict | None = None) -> Settings:
    env = os.environ if environ is None else environ
    s = Settings()
    profile = (getattr(args, "profile", None) or env.get("C2Q_PROFILE") or "")
    s.profile = profile
    path = Path(getattr(args, "config", None) or config_dir() / "config.toml")
    load_file(s, path, profile, env)
    for var, key in (("C2Q_ENDPOINT", "endpoint"), ("C2Q_PUBLIC_KEY", "public_key"),
                     ("C2Q_PRIVATE_KEY", "private_key"), ("C2Q_CLUSTER_ID", "cluster_id"),
                     ("C2Q_DATABASE", "database"), ("C2Q_THEME", "theme"), ("C2Q_FORMAT", "format")):
        if env.get(var):
            setattr(s, key, env[var])
            s.format_from_user |= key == "format"
    if env.get("C2Q_MODE"):
        if env["C2Q_MODE"] in MODES:
            s.mode = env["C2Q_MODE"]
        else:
            s.warnings.append(f"C2Q_MODE must be one of {', '.join(MODES)}; ignored")
    if "NO_COLOR" in env and env["NO_COLOR"] != "":
        s.color = False
    if args is not None:
        for flag, key in (("endpoint", "endpoint"), ("public_key", "public_key"), ("cluster_id", "cluster_id"),
                          ("database", "database"), ("mode", "mode"), ("theme", "theme"), ("format", "format"),
                          ("rows", "rows")):
            value = getattr(args, flag, None)
            if value is not None:
                setattr(s, key, value)
                s.format_from_user |= key == "format"
        if getattr(args, "private_key_env", None):
            var = args.private_key_env
            if var not in env:
                s.warnings.append(f"--private-key-env: environment variable {var} is not set")
            else:
                s.private_key = env[var]
        if getattr(args, "no_color", False):
            s.color = False
        if getattr(args, "db", None):
            s.db_urls = list(args.db)
    if not s.history_file:
        s.history_file = str(data_dir() / "history")
    return s


def describe(s: Settings) -> dict:
    """Settings for display: the private key is only said to be set or not."""
    out = {f.name: getattr(s, f.name) for f in fields(s) if f.name not in ("private_key", "warnings")}
    out["private_key"] = "(set)" if s.private_key else "(not set)"
    return out
