"""Settings: defaults < config file (with profiles) < C2Q_* environment < flags; errors name
the file and line and fall back to defaults; the private key is never shown."""
from __future__ import annotations

import argparse

from c2q_shell.cli import shell_parser
from c2q_shell.config import describe, load


def args(*argv: str) -> argparse.Namespace:
    return shell_parser().parse_args(list(argv))


def test_precedence(tmp_path):
    cfg = tmp_path / "config.toml"
    cfg.write_text('mode = "auto_breakdown"\ntheme = "light"\nrows = 20\n'
                   '[profiles.prod]\nendpoint = "https://x.data.tidbcloud.com/api/v1beta/app/chat2query-A1/endpoint"\n'
                   'public_key = "PUB"\nprivate_key_env = "PROD_KEY"\ncluster_id = "101"\ndatabase = "db"\n')
    env = {"C2Q_THEME": "mono", "PROD_KEY": "s3cret"}
    s = load(args("--config", str(cfg), "--profile", "prod", "--rows", "7"), env)
    assert (s.mode, s.theme, s.rows) == ("auto_breakdown", "mono", 7)
    assert s.endpoint.startswith("https://") and s.private_key == "s3cret" and s.cluster_id == "101"
    assert "s3cret" not in repr(s) and describe(s)["private_key"] == "(set)"
    s = load(args("--config", str(cfg), "--mode", "direct"), {"C2Q_MODE": "auto_breakdown"})
    assert s.mode == "direct" and s.endpoint == ""


def test_broken_file_names_file_and_line(tmp_path):
    cfg = tmp_path / "config.toml"
    cfg.write_text('mode = "direct"\ntheme = \n')
    s = load(args("--config", str(cfg)), {})
    assert s.theme == "dark" and any(str(cfg) in w and "line 2" in w for w in s.warnings)


def test_unknown_keys_wrong_types_missing_profile(tmp_path):
    cfg = tmp_path / "config.toml"
    cfg.write_text('colour = "red"\nrows = "many"\nmode = "fast"\n')
    s = load(args("--config", str(cfg), "--profile", "nope"), {})
    text = " | ".join(s.warnings)
    assert "colour" in text and "rows" in text and "mode" in text and "no profile 'nope'" in s.error
    assert s.rows == 50 and s.mode == "direct"


def test_no_color(tmp_path):
    assert load(args("--config", str(tmp_path / "none.toml")), {"NO_COLOR": "1"}).color is False
    assert load(args("--config", str(tmp_path / "none.toml"), "--no-color"), {}).color is False
    assert load(args("--config", str(tmp_path / "none.toml")), {}).color is True
