"""Digest (RFC 7616, MD5, qop=auth) and Basic auth exactly as CONTRACT.md says, through
requests and through curl --digest."""
from __future__ import annotations

import hashlib
import json
import re
import subprocess

import requests
from conftest import PRIV, PUB
from requests.auth import HTTPBasicAuth, HTTPDigestAuth


def test_missing_credentials_get_a_digest_challenge(server):
    r = requests.get(server.url + "/v3/sessions", timeout=10)
    assert r.status_code == 401
    challenge = r.headers["WWW-Authenticate"]
    assert challenge.startswith("Digest ") and 'realm="c2q"' in challenge and 'qop="auth"' in challenge
    assert "algorithm=MD5" in challenge and "nonce=" in challenge
    body = r.json()
    assert body["code"] == 401 and body["result"] == {} and "digest" in body["msg"]


def test_wrong_private_key_is_refused(server):
    r = requests.get(server.url + "/v3/sessions", auth=HTTPDigestAuth(PUB, "wrong"), timeout=10)
    assert r.status_code == 401
    r = requests.get(server.url + "/v3/sessions", auth=HTTPDigestAuth("OTHER", PRIV), timeout=10)
    assert r.status_code == 401


def test_digest_and_basic_work(server):
    assert requests.get(server.url + "/v3/sessions", auth=HTTPDigestAuth(PUB, PRIV), timeout=10).status_code == 200
    assert requests.get(server.url + "/v3/sessions", auth=HTTPBasicAuth(PUB, PRIV), timeout=10).status_code == 200
    assert requests.get(server.url + "/v3/sessions", auth=HTTPBasicAuth(PUB, "nope"), timeout=10).status_code == 401


def _digest_header(url_path: str, nonce: str, nc: str, method: str = "GET", password: str = PRIV) -> str:
    ha1 = hashlib.md5(f"{PUB}:c2q:{password}".encode()).hexdigest()
    ha2 = hashlib.md5(f"{method}:{url_path}".encode()).hexdigest()
    cnonce = "0a4f113b"
    resp = hashlib.md5(f"{ha1}:{nonce}:{nc}:{cnonce}:auth:{ha2}".encode()).hexdigest()
    return (f'Digest username="{PUB}", realm="c2q", nonce="{nonce}", uri="{url_path}", qop=auth, nc={nc}, '
            f'cnonce="{cnonce}", response="{resp}", algorithm=MD5')


def test_replayed_nonce_count_is_refused(server):
    r = requests.get(server.url + "/v3/sessions", timeout=10)
    nonce = re.search(r'nonce="([^"]+)"', r.headers["WWW-Authenticate"]).group(1)
    path = server.url.split(str(server.port), 1)[1] + "/v3/sessions"
    first = requests.get(server.url + "/v3/sessions", headers={"Authorization": _digest_header(path, nonce, "00000001")}, timeout=10)
    assert first.status_code == 200
    replay = requests.get(server.url + "/v3/sessions", headers={"Authorization": _digest_header(path, nonce, "00000001")}, timeout=10)
    assert replay.status_code == 401
    nxt = requests.get(server.url + "/v3/sessions", headers={"Authorization": _digest_header(path, nonce, "00000002")}, timeout=10)
    assert nxt.status_code == 200
    forged = requests.get(server.url + "/v3/sessions", headers={"Authorization": _digest_header(path, "Zm9vOmJhcg==", "00000001")}, timeout=10)
    assert forged.status_code == 401


def test_expired_nonce_is_stale():
    from c2q_shell.server.auth import NONCE_TTL, Authenticator
    clock = [1_000_000.0]
    a = Authenticator(PUB, PRIV, now=lambda: clock[0])
    nonce = a.nonce()
    header = _digest_header("/x", nonce, "00000001")
    assert a.check(header, "GET", "/x") == (True, False)
    clock[0] += NONCE_TTL + 1
    assert a.check(_digest_header("/x", nonce, "00000002"), "GET", "/x") == (False, True)
    assert "stale=true" in a.challenge(stale=True)
    assert PRIV not in repr(a)


def test_curl_digest_with_the_docs_bodies(server):
    """The docs' own curl commands, unchanged but for the host."""
    base = ["curl", "-s", "--digest", "--user", f"{PUB}:{PRIV}", "--header", "content-type: application/json"]
    out = subprocess.run(base + ["--request", "POST", server.url + "/v3/sessions", "--data-raw",
                                 json.dumps({"cluster_id": "local", "database": "sp500insight", "name": "curl"})],
                         capture_output=True, text=True, timeout=30, check=True).stdout
    sid = json.loads(out)["result"]["session_id"]
    out = subprocess.run(base + ["--request", "POST", f"{server.url}/v3/sessions/{sid}/chat2data", "--data-raw",
                                 json.dumps({"question": "How many companies are in each sector?",
                                             "feedback_answer_id": "", "feedback_task_id": "",
                                             "sql_generate_mode": "direct"})],
                         capture_output=True, text=True, timeout=30, check=True).stdout
    job_id = json.loads(out)["result"]["job_id"]
    from conftest import Api
    job = Api(server.url, app=server.app).wait(job_id)
    assert job["status"] == "done"
    out = subprocess.run(base + ["--request", "GET", f"{server.url}/v2/jobs/{job_id}"],
                         capture_output=True, text=True, timeout=30, check=True).stdout
    assert json.loads(out)["result"]["status"] == "done"
