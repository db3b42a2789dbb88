"""`c2q serve` as a user runs it: the installed script, its start-up lines, curl against it,
and a clean stop on SIGTERM and Ctrl-C (SIGINT)."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys

import pytest
from conftest import Api


def c2q() -> list[str]:
    exe = shutil.which("c2q", path=os.path.dirname(sys.executable))
    assert exe, "the c2q console script must be installed (make test installs it)"
    return [exe]


def start(args: list[str], env: dict) -> tuple[subprocess.Popen, dict]:
    p = subprocess.Popen(c2q() + ["serve", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    info = {}
    for _ in range(8):
        line = p.stdout.readline()
        if not line:
            break
        key, _, value = line.rstrip("\n").partition(": ")
        info[key] = value
        if key == "state dir":
            break
    return p, info


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_serve_prints_endpoint_and_stops_cleanly(tmp_path, data_dir, sig):
    env = {k: v for k, v in os.environ.items() if not k.startswith("C2Q_")}
    p, info = start(["--db", f"sqlite:///{data_dir / 'shop.sqlite'}", "--state-dir", str(tmp_path), "--port", "0"], env)
    try:
        assert info["endpoint"].startswith("http://127.0.0.1:") and info["endpoint"].endswith(
            "/api/v1beta/app/chat2query-local/endpoint")
        assert info["cluster id"] == "local" and info["databases"].startswith("shop")
        assert info["public key"] and info["private key"]          # generated, so printed once
        api = Api(info["endpoint"], info["public key"], info["private key"])
        api.summary("shop")
        job = api.ask(api.session("shop"), "how many customers")
        assert job["result"]["data"]["rows"] == [["6"]]
    finally:
        p.send_signal(sig)
        out, err = p.communicate(timeout=20)
    assert p.returncode == 0
    assert info["private key"] not in err


def test_keys_from_environment_are_not_printed(tmp_path, data_dir):
    env = dict(os.environ, C2Q_PUBLIC_KEY="ENVPUB", C2Q_PRIVATE_KEY="env-secret-value")
    p, info = start(["--db", f"sqlite:///{data_dir / 'shop.sqlite'}", "--state-dir", str(tmp_path),
                     "--app-id", "chat2query-Abc123", "--cluster-id", "10140100115280519574"], env)
    try:
        assert "private key" not in info and info["public key"] == "ENVPUB"
        assert "chat2query-Abc123" in info["endpoint"]
        api = Api(info["endpoint"], "ENVPUB", "env-secret-value")
        res = api.ok("POST", "/v3/sessions", {"cluster_id": "10140100115280519574", "database": "shop"})
        assert res["session_id"]
        out = subprocess.run(["curl", "-s", "--digest", "--user", "ENVPUB:env-secret-value",
                              info["endpoint"] + "/v3/sessions"], capture_output=True, text=True, timeout=20)
        assert json.loads(out.stdout)["code"] == 200
    finally:
        p.terminate()
        out, err = p.communicate(timeout=20)
    assert "env-secret-value" not in out + err


def test_bad_database_url_is_a_clear_error(tmp_path):
    r = subprocess.run(c2q() + ["serve", "--db", "postgres://x/y", "--state-dir", str(tmp_path)],
                       capture_output=True, text=True, timeout=30)
    assert r.returncode == 2 and "unsupported database URL" in r.stderr
    r = subprocess.run(c2q() + ["serve", "--db", f"sqlite:///{tmp_path}/missing.sqlite", "--state-dir", str(tmp_path)],
                       capture_output=True, text=True, timeout=30)
    assert r.returncode == 2 and "no SQLite database" in r.stderr


def test_sigint_stops_serve_started_with_sigint_ignored(tmp_path, data_dir):
    """A script's background job (`c2q serve &`) starts with SIGINT ignored, so Python never
    raises KeyboardInterrupt: the server stops on SIGINT all the same, as soon as it has printed
    its endpoint."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("C2Q_")}
    p = subprocess.Popen(c2q() + ["serve", "--db", f"sqlite:///{data_dir / 'shop.sqlite'}", "--state-dir",
                                  str(tmp_path), "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True, env=env, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    try:
        assert p.stdout.readline().startswith("endpoint: ")
        p.send_signal(signal.SIGINT)
        out, err = p.communicate(timeout=30)
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()
    assert p.returncode == 0 and "stopping" in err
