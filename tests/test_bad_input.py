"""Bad input gets a clear 4xx naming the problem; the server keeps serving and loses nothing."""
from __future__ import annotations

import pytest


def err(r, status: int, *words: str):
    assert r.status_code == status, (r.status_code, r.text)
    body = r.json()
    assert body["code"] == status and body["result"] == {}
    for w in words:
        assert w in body["msg"], body["msg"]
    return body["msg"]


def test_malformed_json(api):
    r = api.http.post(api.url + "/v3/sessions", data=b'{"cluster_id": "local", ', timeout=10,
                      headers={"content-type": "application/json"})
    err(r, 400, "not valid JSON")
    r = api.http.post(api.url + "/v3/sessions", data=b"[1, 2]", timeout=10, headers={"content-type": "application/json"})
    err(r, 400, "JSON object")


@pytest.mark.parametrize("body,field", [
    ({"database": "sp500insight"}, "cluster_id"),
    ({"cluster_id": "local"}, "database"),
    ({"cluster_id": 5, "database": "sp500insight"}, "cluster_id"),
    ({"cluster_id": "local", "database": "sp500insight", "name": ["x"]}, "name"),
])
def test_missing_or_mistyped_fields_are_named(api, body, field):
    err(api.req("POST", "/v3/sessions", body), 400, f"'{field}'")


def test_chat_fields(api):
    sid = api.session("sp500insight")
    err(api.req("POST", f"/v3/sessions/{sid}/chat2data", {}), 400, "'question'")
    err(api.req("POST", f"/v3/sessions/{sid}/chat2data", {"question": "   "}), 400, "'question'", "empty")
    err(api.req("POST", f"/v3/sessions/{sid}/chat2data", {"question": 42}), 400, "'question'", "string")
    err(api.req("POST", f"/v3/sessions/{sid}/chat2data", {"question": "hi", "sql_generate_mode": "turbo"}), 400,
        "sql_generate_mode", "direct", "auto_breakdown")
    err(api.req("POST", f"/v3/sessions/{sid}/chat2data", {"question": "hi", "feedback_task_id": "0"}), 400,
        "feedback_answer_id")


def test_unknown_ids_and_names(api):
    err(api.req("GET", "/v2/jobs/0123456789abcdef0123456789abcdef"), 404, "job")
    err(api.req("GET", "/v3/sessions/999999999"), 404, "session")
    err(api.req("GET", "/v3/sessions/abc"), 404, "session")
    err(api.req("GET", "/v3/dataSummaries/12"), 404, "data summary")
    err(api.req("GET", "/v3/knowledgeBases/77"), 404, "knowledge base")
    err(api.req("POST", "/v3/sessions", {"cluster_id": "local", "database": "nope"}), 404, "nope", "sp500insight")
    err(api.req("POST", "/v3/sessions", {"cluster_id": "other", "database": "sp500insight"}), 404, "cluster")
    err(api.req("POST", f"/v3/sessions/{api.session('shop')}/chat2data",
                {"question": "x", "feedback_answer_id": "ffffffffffffffffffffffffffffffff"}), 400, "feedback_answer_id")


def test_wrong_method_and_path(api):
    err(api.req("DELETE", "/v3/sessions"), 405, "DELETE", "GET", "POST")
    err(api.req("GET", "/v3/chat2data"), 405, "POST")
    err(api.req("GET", "/v3/nothing"), 404, "no such endpoint")
    r = api.http.get(api.url.replace("chat2query-local", "notanapp") + "/v3/sessions", timeout=10)
    assert r.status_code == 404


def test_oversized_body(api):
    r = api.http.post(api.url + "/v3/sessions", data=b"{" + b" " * (2 << 20) + b"}", timeout=30,
                      headers={"content-type": "application/json"})
    err(r, 413, "too large")


def test_knowledge_validation(api):
    kid = api.ok("POST", "/v3/knowledgeBases", {"cluster_id": "local", "database": "shop", "description": ""})["knowledge_base_id"]
    err(api.req("POST", f"/v3/knowledgeBases/{kid}/data", {"type": "poem", "raw_data": {}}), 400, "'type'")
    err(api.req("POST", f"/v3/knowledgeBases/{kid}/data", {"type": "few-shot"}), 400, "raw_data")
    err(api.req("POST", f"/v3/knowledgeBases/{kid}/data", {"type": "few-shot", "raw_data": {"question": "q"}}), 400,
        "raw_data.answer")
    err(api.req("POST", f"/v3/knowledgeBases/{kid}/data", {"type": "term-sheet", "raw_data": {"term": "x", "description": "d"}}),
        400, "raw_data.term")
    err(api.req("PUT", "/v3/dataSummaries/1/tables/x", {"description": "d"}), 404)


def test_refine_refuses_writes(api):
    err(api.req("POST", "/v3/refineSql", {"cluster_id": "local", "database": "shop", "sql": "DELETE FROM orders",
                                          "feedback": "limit 5"}), 400, "'sql'", "read-only")


def test_server_keeps_serving_after_bad_input(api):
    sid = api.session("sp500insight")
    assert api.ask(sid, "How many companies are there?")["result"]["data"]["rows"] == [["503"]]
