"""A bounded fuzz run against a real server on loopback: hypothesis builds requests for every
route (and some that are not routes) — ids of every size and shape, bodies that are nearly
right, of the wrong types, deeply nested, not JSON at all, holding lone surrogates, and
malformed credentials — and no answer may be a 5xx. `pytest tests/test_fuzz.py -s` prints the
counts; C2Q_FUZZ_EXAMPLES=N sends 3·N, C2Q_FUZZ_SEED=S other requests."""
from __future__ import annotations

import base64
import collections
import json
import os
import re

import pytest
import requests
from conftest import PRIV, PUB, Api, start_server
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

EXAMPLES = int(os.environ.get("C2Q_FUZZ_EXAMPLES", "1700"))    # × 3 requests each
SEED = os.environ.get("C2Q_FUZZ_SEED")                          # unset: the same requests every run
ROUTES = [
    ("GET", "/v2/jobs/{id}"), ("GET", "/v3/dataSummaries"), ("POST", "/v3/dataSummaries"),
    ("GET", "/v3/dataSummaries/{id}"), ("PUT", "/v3/dataSummaries/{id}"),
    ("PUT", "/v3/dataSummaries/{id}/tables/{name}"), ("PUT", "/v3/dataSummaries/{id}/tables/{name}/columns"),
    ("GET", "/v2/dataSummaries"), ("POST", "/v2/dataSummaries"), ("GET", "/v2/dataSummaries/{id}"),
    ("PUT", "/v2/dataSummaries/{id}"), ("POST", "/v3/chat2data"), ("POST", "/v2/chat2data"),
    ("GET", "/v3/sessions"), ("POST", "/v3/sessions"), ("GET", "/v3/sessions/{id}"), ("PUT", "/v3/sessions/{id}"),
    ("PUT", "/v3/sessions/{id}/reset"), ("POST", "/v3/sessions/{id}/chat2data"), ("POST", "/v3/refineSql"),
    ("POST", "/v3/suggestQuestions"), ("GET", "/v3/knowledgeBases"), ("POST", "/v3/knowledgeBases"),
    ("GET", "/v3/knowledgeBases/{id}"), ("PUT", "/v3/knowledgeBases/{id}"), ("GET", "/v3/knowledgeBases/{id}/data"),
    ("POST", "/v3/knowledgeBases/{id}/data"), ("PUT", "/v3/knowledgeBases/{id}/data/{id2}"),
    ("DELETE", "/v3/knowledgeBases/{id}/data/{id2}"), ("GET", "/v3/nothing/{id}"), ("PATCH", "/v3/sessions"),
]
FIELDS = ["cluster_id", "database", "name", "question", "sql", "feedback", "sql_generate_mode", "feedback_answer_id",
          "feedback_task_id", "data_summary_id", "description", "keywords", "reuse", "default", "type", "meta_data",
          "raw_data", "tables", "columns", "raw_question", "instruction", "term", "answer", "customers", "name"]
NASTY = ["\ud800", "a\udfffb", "\x00", "'", "\"", "é", "\U0001F600", "SELECT 'x", "SELECT * FROM pragma_database_list",
         "DELETE FROM orders", "how many customers", "only in the UK", "local", "shop", "sp500insight", "direct",
         "auto_breakdown", "few-shot", "term-sheet", "instruction", "customers", "orders", "%s", "../../etc/passwd",
         "0", "-1", str(1 << 63), "9" * 30, "1e999", " ", ""]

text = st.one_of(st.sampled_from(NASTY), st.text(max_size=12),
                 st.text(alphabet=st.characters(min_codepoint=0xD780, max_codepoint=0xE000), max_size=3))
scalars = st.one_of(st.none(), st.booleans(), st.integers(-(1 << 70), 1 << 70), st.floats(allow_nan=False), text)
values = st.recursive(scalars, lambda c: st.lists(c, max_size=3) | st.dictionaries(text, c, max_size=3), max_leaves=4)
field_values = st.one_of(st.sampled_from(NASTY), values,
                         st.dictionaries(st.sampled_from(["question", "answer", "instruction", "term", "description"]),
                                         st.sampled_from(NASTY) | st.lists(text, max_size=2), max_size=3))
objects = st.one_of(
    st.dictionaries(st.sampled_from(FIELDS) | text, field_values, max_size=5),
    # nearly right: the served cluster and database, the other fields anything
    st.builds(lambda extra: {"cluster_id": "local", "database": "shop", **extra},
              st.dictionaries(st.sampled_from(FIELDS), field_values, max_size=4)),
    st.builds(lambda q, t, sql, extra: {"question": q, "type": t, "sql": sql, "feedback": "only 5", **extra},
              st.sampled_from(NASTY), st.sampled_from(NASTY), st.sampled_from(NASTY),
              st.dictionaries(st.sampled_from(FIELDS), field_values, max_size=3)),
)


def _deep(n: int) -> bytes:
    return b"[" * n


raw_bodies = st.one_of(
    st.binary(max_size=64), st.sampled_from([b"", b"null", b"[]", b"1", b'"x"', b"{", b'{"a":NaN}', _deep(100_000),
                                             b'{"a":' * 5000, b"\xff\xfe", b'{"question": "\\ud800"}']),
)
bodies = st.one_of(objects.map(lambda o: json.dumps(o).encode()), objects.map(lambda o: json.dumps(o).encode()),
                   raw_bodies)


def _basic(user: str, pwd: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{pwd}".encode("utf-8", "surrogatepass")).decode()


bad_auth = st.one_of(
    st.builds(_basic, text, text), st.sampled_from(["Basic w6k6eA==", "Basic", "Digest", "Digest x=", "Bearer y",
                                                   'Digest username="\u00e9", response="\u00fc", nonce="\u00e9"']),
    st.binary(max_size=40).map(lambda b: b.decode("latin-1")),
)
# (an HTTP client cannot send control characters or surrounding blanks in a header)
auth_headers = st.integers(0, 9).flatmap(lambda i: bad_auth.map(lambda h: re.sub(r"[\x00-\x1f\x7f]", "", h).strip())
                                         if i == 9 else st.just(_basic(PUB, PRIV)))


@pytest.fixture(scope="module")
def target(tmp_path_factory, data_dir):
    srv = start_server(tmp_path_factory.mktemp("fuzz"), [f"sqlite:///{data_dir / 'shop.sqlite'}"], login_failures=0)
    api = Api(srv.url, app=srv.app)
    summary = api.summary("shop")["result"]["data_summary_id"]
    sid = api.session("shop")
    job = api.ask(sid, "how many customers per country")["job_id"]
    kid = api.ok("POST", "/v3/knowledgeBases", {"cluster_id": "local", "database": "shop"})["knowledge_base_id"]
    did = api.ok("POST", f"/v3/knowledgeBases/{kid}/data", {"type": "instruction", "meta_data": {},
                                                            "raw_data": {"instruction": "be brief"}})["knowledge_data_id"]
    yield srv, [str(summary), str(sid), job, str(kid), str(did)]
    srv.stop()


def test_no_request_gets_a_5xx(target):
    srv, known = target
    http = requests.Session()
    statuses: collections.Counter = collections.Counter()
    ids = st.one_of(st.sampled_from(known), st.sampled_from(["0", "-1", str(1 << 63), "9" * 25, "400001", "300001"]),
                    text, st.sampled_from(["%ED%A0%80", "%FF", "%00", "..", "a/b", "%D9%A3", "1.0", "0x10"]))
    target = st.tuples(st.sampled_from(ROUTES), ids, ids, st.sampled_from(["customers", "orders", "nope", "%ED%A0%80"]),
                       st.sampled_from(["", "", "", "?page=2&page_size=1", "?page=0", "?page_size=x",
                                        "?cluster_id=%ED%A0%80&database=shop", "?a=%FF"]))

    # one body and one Authorization header, sent to three routes
    @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=SEED is None,
              suppress_health_check=list(HealthCheck))
    @seed(int(SEED or 0))
    @given(bodies, auth_headers, st.lists(target, min_size=3, max_size=3))
    def run(body, auth, targets):
        for (method, template), a, b, name, qs in targets:
            path = template.format(id=_path(a), id2=_path(b), name=name) + qs
            r = http.request(method, srv.url + path, data=body, timeout=30,
                             headers={"Authorization": auth.encode("latin-1", "replace"),
                                      "content-type": "application/json"})
            statuses[r.status_code] += 1
            assert r.status_code < 500, (method, path, body[:200], auth, r.status_code, r.text[:300])
            if r.headers.get("content-type", "").startswith("application/json"):
                r.json()        # every answer is JSON that parses

    run()
    total = sum(statuses.values())
    internal = srv.app.store._all("SELECT COUNT(*) FROM jobs WHERE reason LIKE 'internal error%'")[0][0]
    print(f"\nfuzz: {total} requests, {sum(v for k, v in statuses.items() if k >= 500)} 5xx, "
          f"statuses {dict(sorted(statuses.items()))}, jobs ended by an internal error: {internal}")
    assert total >= 3 * EXAMPLES


def _path(value: str) -> str:
    """An id as a path segment: percent-escapes pass through, anything else is quoted."""
    from urllib.parse import quote
    if value.startswith("%") or value in ("..", "a/b"):
        return value
    return quote(value.encode("utf-8", "surrogatepass"), safe="")
