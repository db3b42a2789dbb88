"""The optional LLM engine against a scripted OpenAI-compatible chat-completions server: the
prompt's contents, the JSON reply, the safety gate with one repair round, hybrid routing, and
clear failures when the service misbehaves."""
from __future__ import annotations

import json
import threading
from contextlib import contextmanager

import pytest
from conftest import Api, start_server
from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

LLM_KEY = "llm-secret-key-123"


class FakeLLM:
    """Replies from a queue (strings are message contents; ints are HTTP error statuses)."""

    def __init__(self):
        self.requests: list[dict] = []
        self.auth: list[str] = []
        self.replies: list = []

    def __call__(self, environ, start_response):
        req = Request(environ)
        if not req.path.endswith("/chat/completions"):
            return Response("no", status=404)(environ, start_response)
        self.requests.append(req.get_json())
        self.auth.append(req.headers.get("Authorization", ""))
        reply = self.replies.pop(0) if self.replies else json.dumps({"sql": "", "reason": "no script"})
        if isinstance(reply, int):
            return Response("overloaded", status=reply)(environ, start_response)
        body = {"id": "x", "object": "chat.completion", "model": "fake",
                "choices": [{"index": 0, "message": {"role": "assistant", "content": reply}, "finish_reason": "stop"}]}
        return Response(json.dumps(body), content_type="application/json")(environ, start_response)

    def prompt(self, i: int = -1) -> str:
        return "\n".join(m["content"] for m in self.requests[i]["messages"])


@pytest.fixture()
def llm():
    fake = FakeLLM()
    srv = make_server("127.0.0.1", 0, fake, threaded=True)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield fake, f"http://127.0.0.1:{srv.server_port}/v1"
    srv.shutdown()


@contextmanager
def serve(tmp_path, data_dir, url, engine="llm"):
    """A server on the shop database whose engine asks the scripted service; stopped afterwards."""
    srv = start_server(tmp_path / "state", [f"sqlite:///{data_dir / 'shop.sqlite'}"], engine=engine,
                       llm_base_url=url, llm_model="fake-model", llm_api_key=LLM_KEY)
    try:
        api = Api(srv.url, app=srv.app)
        api.summary("shop")
        yield api
    finally:
        srv.stop()


def test_prompt_reply_and_follow_up(tmp_path, data_dir, llm):
    fake, url = llm
    with serve(tmp_path, data_dir, url) as api:
        kid = api.ok("POST", "/v3/knowledgeBases", {"cluster_id": "local", "database": "shop", "description": ""})["knowledge_base_id"]
        api.ok("POST", f"/v3/knowledgeBases/{kid}/data", {"type": "instruction", "meta_data": {},
                                                          "raw_data": {"instruction": "Round money to 2 decimals."}})
        fake.replies.append(json.dumps({"sql": "SELECT country, COUNT(*) AS n FROM customers GROUP BY country",
                                        "clarified_task": "Count customers per country",
                                        "assumptions": [{"concept": "country", "explanation": "as stored"}]}))
        sid = api.session("shop")
        job = api.ask(sid, "customers per country?")
        ans = job["result"]
        assert ans["clarified_task"] == "Count customers per country" and len(ans["data"]["rows"]) == 3
        assert {"concept": "country", "explanation": "as stored"} in ans["assumptions"]
        req = fake.requests[0]
        assert req["model"] == "fake-model" and req["temperature"] == 0
        assert fake.auth[0] == f"Bearer {LLM_KEY}"
        p = fake.prompt(0)
        assert "CREATE TABLE orders" in p and "FOREIGN KEY (customer_id) REFERENCES customers(id)" in p
        assert "'Hardware'" in p and "Round money to 2 decimals." in p and "rows of customers" in p
        fake.replies.append(json.dumps({"sql": "SELECT country, COUNT(*) AS n FROM customers WHERE country = 'UK' GROUP BY country"}))
        api.ask(sid, "only the UK")
        msgs = fake.requests[1]["messages"]
        assert msgs[1] == {"role": "user", "content": "customers per country?"}
        assert "GROUP BY country" in msgs[2]["content"]              # the previous round's SQL
    assert LLM_KEY not in (tmp_path / "state" / "state.sqlite").read_bytes().decode("latin-1")


def test_refused_sql_gets_one_repair_round(tmp_path, data_dir, llm):
    fake, url = llm
    with serve(tmp_path, data_dir, url) as api:
        fake.replies += [json.dumps({"sql": "DELETE FROM orders"}),
                         json.dumps({"sql": "SELECT COUNT(*) FROM orders"})]
        job = api.ask(api.session("shop"), "how many orders")
        assert job["status"] == "done" and job["result"]["sql"] == "SELECT COUNT(*) FROM orders"
        assert "refused" in fake.prompt(1) and "DELETE" in fake.prompt(1)
        # an execution error is also sent back once
        fake.replies += [json.dumps({"sql": "SELECT nope FROM orders"}), json.dumps({"sql": "SELECT id FROM orders LIMIT 2"})]
        job = api.ask(api.session("shop"), "two orders")
        assert job["status"] == "done" and len(job["result"]["data"]["rows"]) == 2
        assert "no such column: nope" in fake.prompt(3)
        # refused twice: the job fails, saying so
        fake.replies += [json.dumps({"sql": "DROP TABLE orders"}), json.dumps({"sql": "DROP TABLE customers"})]
        job = api.ask(api.session("shop"), "drop it")
        assert job["status"] == "failed" and "refused" in job["reason"]


def test_breakdown_and_service_failures(tmp_path, data_dir, llm):
    fake, url = llm
    with serve(tmp_path, data_dir, url) as api:
        fake.replies.append("```json\n" + json.dumps({"clarified_task": "overview", "description": "two parts",
                                                      "sub_tasks": [{"sql": "SELECT COUNT(*) FROM customers", "clarified_task": "customers"},
                                                                    {"sql": "SELECT COUNT(*) FROM orders", "clarified_task": "orders"}]}) + "\n```")
        job = api.ask(api.session("shop"), "how many customers and how many orders", mode="auto_breakdown")
        res = job["result"]
        assert res["type"] == "breakdown" and [t["data"]["rows"] for t in res["sub_tasks"]] == [[["6"]], [["14"]]]
        assert "Break the question into sub-tasks" in fake.prompt()
        fake.replies += [500, 500]
        job = api.ask(api.session("shop"), "anything")
        assert job["status"] == "failed" and "HTTP 500" in job["reason"]
        fake.replies += ["not json at all", "still not json"]
        job = api.ask(api.session("shop"), "anything")
        assert job["status"] == "failed" and "JSON" in job["reason"]


def test_hybrid_uses_the_llm_only_when_the_rules_cannot(tmp_path, data_dir, llm):
    fake, url = llm
    with serve(tmp_path, data_dir, url, engine="hybrid") as api:
        sid = api.session("shop")
        job = api.ask(sid, "how many customers per country")
        assert job["status"] == "done" and fake.requests == []
        fake.replies.append(json.dumps({"sql": "SELECT name FROM customers WHERE city = 'London'"}))
        job = api.ask(sid, "who lives in the capital of england")
        assert job["status"] == "done" and job["result"]["data"]["rows"] == [["Ada Lovelace"]]
        assert len(fake.requests) == 1


def test_serve_needs_llm_settings(tmp_path):
    import os
    import subprocess
    import sys
    exe = os.path.join(os.path.dirname(sys.executable), "c2q")
    r = subprocess.run([exe, "serve", "--engine", "llm", "--state-dir", str(tmp_path)], capture_output=True,
                       text=True, timeout=30)
    assert r.returncode == 2 and "--llm-base-url" in r.stderr
