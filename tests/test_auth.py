"""Digest (RFC 7616, MD5, qop=auth) and Basic auth exactly as CONTRACT.md says, through
requests and through curl --digest."""
from __future__ import annotations

import base64
import hashlib
import json
import re
import subprocess

import pytest
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


def test_auth_comes_before_routing(server):
    """Without credentials nothing about the API shows: every path and method is a 401."""
    base = server.url
    for method, url in [("GET", base + "/v3/nothing"), ("DELETE", base + "/v3/sessions"), ("GET", base + "/v3/chat2data"),
                        ("GET", base.replace("chat2query-local", "notanapp") + "/v3/sessions"),
                        ("GET", f"http://127.0.0.1:{server.port}/"), ("PATCH", f"http://127.0.0.1:{server.port}/x/y")]:
        r = requests.request(method, url, timeout=10)
        assert r.status_code == 401, (method, url, r.status_code)
        assert r.headers["WWW-Authenticate"].startswith("Digest ")


def _nonce(server) -> str:
    r = requests.get(server.url + "/v3/sessions", timeout=10)
    return re.search(r'nonce="([^"]+)"', r.headers["WWW-Authenticate"]).group(1)


@pytest.fixture()
def unthrottled(tmp_path, data_dir):
    """A server of its own with the login throttle off (many failures on purpose)."""
    from conftest import start_server
    srv = start_server(tmp_path, [f"sqlite:///{data_dir / 'shop.sqlite'}"], login_failures=0)
    yield srv
    srv.stop()


def test_malformed_credentials_are_401(unthrottled):
    server = unthrottled
    nonce = _nonce(server)
    path = server.url.split(str(server.port), 1)[1] + "/v3/sessions"
    good = _digest_header(path, nonce, "00000009")
    headers = [
        b"Basic w6k6eA==",                                   # base64 of 'é:x'
        "Basic ".encode() + base64.b64encode("é:é".encode()),
        "Basic é".encode("latin-1"),                         # not base64 at all
        "Basic ü".encode("utf-8"),
        b"Basic !!!!", b"Basic", b"Digest", b"Digest ,,,,", b"Bearer x",
        good.replace('response="', 'response="\xc3\xa9').encode("latin-1"),
        good.replace(f'nonce="{nonce}"', 'nonce="\xfcber"').encode("latin-1"),
        good.replace(f'nonce="{nonce}"', f'nonce="{nonce}\u00e9"').encode("utf-8"),
        good.replace(f'username="{PUB}"', 'username="\u00e9"').encode("utf-8"),
        good.replace('uri="', 'uri="\u00e9').encode("utf-8"),
        good.replace("nc=00000009", "nc=zz"),
        good.replace("algorithm=MD5", "algorithm=SHA-256"),
    ]
    for h in headers:
        r = requests.get(server.url + "/v3/sessions", headers={"Authorization": h}, timeout=10)
        assert r.status_code == 401, (h, r.status_code, r.text)
        assert r.json()["code"] == 401
    assert requests.get(server.url + "/v3/sessions", headers={"Authorization": good}, timeout=10).status_code == 200


def test_percent_encoded_targets_authenticate(server):
    r = requests.get(server.url + "/v3/sessions/%D9%A3?x=%C3%A9", auth=HTTPDigestAuth(PUB, PRIV), timeout=10)
    assert r.status_code == 404 and "session" in r.json()["msg"]


def test_failed_logins_are_throttled_per_client(tmp_path, data_dir):
    from conftest import start_server
    srv = start_server(tmp_path, [f"sqlite:///{data_dir / 'shop.sqlite'}"], login_failures=5, login_window=120)
    try:
        url = srv.url + "/v3/sessions"
        for _ in range(5):
            assert requests.get(url, auth=HTTPBasicAuth(PUB, "guess"), timeout=10).status_code == 401
        for auth in (HTTPBasicAuth(PUB, "guess"), HTTPBasicAuth(PUB, PRIV), HTTPDigestAuth(PUB, PRIV)):
            r = requests.get(url, auth=auth, timeout=10)
            assert r.status_code == 429, r.text
            assert 1 <= int(r.headers["Retry-After"]) <= 120 and "too many failed logins" in r.json()["msg"]
        # a request without credentials is no login: it gets the challenge, not the lock
        assert requests.get(url, timeout=10).status_code == 401
    finally:
        srv.stop()


def test_failures_with_another_key_do_not_lock_out_the_right_key(tmp_path, data_dir):
    """A script with a stale or wrong public key, on the same address as the shell, locks out only
    requests with keys other than the server's: the right key keeps working."""
    from conftest import start_server
    srv = start_server(tmp_path, [f"sqlite:///{data_dir / 'shop.sqlite'}"], login_failures=3, login_window=120)
    try:
        url = srv.url + "/v3/sessions"
        for _ in range(3):
            assert requests.get(url, auth=HTTPDigestAuth("OLDKEY", "old"), timeout=10).status_code == 401
        r = requests.get(url, auth=HTTPBasicAuth("OTHER", "x"), timeout=10)
        assert r.status_code == 429 and "other keys" in r.json()["msg"], r.text
        assert requests.get(url, auth=HTTPDigestAuth(PUB, PRIV), timeout=10).status_code == 200
        assert requests.get(url, auth=HTTPBasicAuth(PUB, PRIV), timeout=10).status_code == 200
        # guesses at the right key's private key are still throttled, on their own count
        for _ in range(3):
            assert requests.get(url, auth=HTTPBasicAuth(PUB, "guess"), timeout=10).status_code == 401
        r = requests.get(url, auth=HTTPDigestAuth(PUB, PRIV), timeout=10)
        assert r.status_code == 429 and "this key" in r.json()["msg"], r.text
    finally:
        srv.stop()


def test_challenges_and_stale_nonces_do_not_count():
    from c2q_shell.server.auth import LoginThrottle
    clock = [0.0]
    t = LoginThrottle(limit=3, window=60, now=lambda: clock[0])
    for _ in range(3):
        assert t.retry_after("a") == 0
        t.failed("a")
    assert t.retry_after("a") == 60 and t.retry_after("b") == 0      # per client
    clock[0] += 30
    assert t.retry_after("a") == 30
    clock[0] += 30
    assert t.retry_after("a") == 0                                      # the window has passed
    t.failed("a")
    assert t.retry_after("a") == 0


def test_digest_clients_are_not_throttled(tmp_path, data_dir):
    """A digest client's first, credential-less request is a challenge, not a failure."""
    from conftest import start_server
    srv = start_server(tmp_path, [f"sqlite:///{data_dir / 'shop.sqlite'}"], login_failures=2)
    try:
        for _ in range(10):
            s = requests.Session()
            s.auth = HTTPDigestAuth(PUB, PRIV)
            assert s.get(srv.url + "/v3/sessions", timeout=10).status_code == 200
    finally:
        srv.stop()
