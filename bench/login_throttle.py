"""Password guessing against `c2q serve`: wrong passwords as fast as one client can send them,
how many are answered (401) before the throttle refuses them all (429 + Retry-After).

    .venv/bin/python bench/login_throttle.py [--attempts 2000]
"""
from __future__ import annotations

import argparse
import collections
import sys
import tempfile
import time
from pathlib import Path

import requests
from requests.auth import HTTPBasicAuth, HTTPDigestAuth

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from c2q_shell.server.app import ServerConfig  # noqa: E402
from c2q_shell.server.serve import ServerThread, make_app  # noqa: E402

PUB, PRIV = "BENCHPUB", "bench-private-key"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--attempts", type=int, default=2000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="c2q-throttle-") as state:
        config = ServerConfig(public_key=PUB, private_key=PRIV, state_dir=Path(state))
        srv = ServerThread(make_app(config)).start()
        try:
            http = requests.Session()
            url = srv.url + "/v3/sessions"
            counts: collections.Counter = collections.Counter()
            retry_after = set()
            t = time.perf_counter()
            for i in range(args.attempts):
                r = http.get(url, auth=HTTPBasicAuth(PUB, f"guess-{i}"), timeout=10)
                counts[r.status_code] += 1
                if r.status_code == 429:
                    retry_after.add(r.headers.get("Retry-After"))
            elapsed = time.perf_counter() - t
            right = requests.get(url, auth=HTTPDigestAuth(PUB, PRIV), timeout=10).status_code
        finally:
            srv.stop()
        # a script with a wrong public key on the same address: the right key's users go on working
        srv = ServerThread(make_app(ServerConfig(public_key=PUB, private_key=PRIV, state_dir=Path(state)))).start()
        try:
            other = collections.Counter(http.get(srv.url + "/v3/sessions", auth=HTTPBasicAuth(f"OLD{i}", "x"),
                                                 timeout=10).status_code for i in range(200))
            beside = requests.get(srv.url + "/v3/sessions", auth=HTTPDigestAuth(PUB, PRIV), timeout=10).status_code
        finally:
            srv.stop()
    print(f"{args.attempts} wrong passwords in {elapsed:.1f} s ({args.attempts / elapsed:.0f}/s) from one client: "
          f"{counts[401]} checked (401), {counts[429]} refused unchecked (429); "
          f"Retry-After {sorted(retry_after)} s; the right password meanwhile: {right}")
    print(f"200 logins with wrong public keys from the same client: {other[401]} checked (401), {other[429]} "
          f"refused (429); the right key meanwhile: {beside}")
    print(f"policy: {config.login_failures} failed logins per client per {config.login_window:g} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
