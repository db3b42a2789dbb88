"""The Chat2Query API through a real server on loopback: envelopes, jobs, sessions, summaries,
chat2data in both modes, feedback, refineSql, suggestQuestions, knowledge bases, v2."""
from __future__ import annotations

import re


def test_job_envelope_and_answer_shape(api):
    sid = api.session("sp500insight", "shape")
    job = api.ask(sid, "How many companies are in each sector?")
    assert re.fullmatch(r"[0-9a-f]{32}", job["job_id"])
    assert job["status"] == "done" and job["reason"] == "" and job["ended_at"] > 0
    ans = job["result"]
    assert ans["type"] == "data_retrieval" and ans["task_id"] == "0" and ans["status"] == "done"
    assert ans["sql"].upper().startswith("SELECT") and ans["sql_error"] is None
    assert [c["col"] for c in ans["data"]["columns"]] == ["sector", "number_of_companies"]
    assert len(ans["data"]["rows"]) == 11
    assert all(isinstance(v, str) for row in ans["data"]["rows"] for v in row)   # values travel as strings
    assert sum(int(r[1]) for r in ans["data"]["rows"]) == 503
    assert ans["chart_options"]["chart_name"] == "BarChart"
    assert ans["chart_options"]["option"] == {"x": "sector", "y": "number_of_companies"}
    assert ans["clarified_task"] and isinstance(ans["assumptions"], list)


def test_null_stays_null(api):
    sid = api.session("shop")
    job = api.ask(sid, "list the products with their unit price")
    rows = job["result"]["data"]["rows"]
    cols = [c["col"] for c in job["result"]["data"]["columns"]]
    mouse = next(r for r in rows if r[cols.index("title")] == "Mouse")
    assert mouse[cols.index("unit_price")] is None


def test_session_lifecycle_and_messages(api):
    s = api.ok("POST", "/v3/sessions", {"cluster_id": "local", "database": "sp500insight", "name": "life"})
    sid = s["session_id"]
    assert s["messages"] == [] and s["meta"]["name"] == "life" and s["meta"]["org_id"] == "1"
    job = api.ask(sid, "How many companies are in each sector?")
    detail = api.ok("GET", f"/v3/sessions/{sid}")
    roles = [m["role"] for m in detail["messages"]]
    assert roles == ["user", "assistant"]
    user, assistant = detail["messages"]
    assert user["content"] == "How many companies are in each sector?" and user["sql_generate_mode"] == "direct"
    assert assistant["job_id"] == job["job_id"] and assistant["content"] == job["result"]["clarified_task"]
    assert not any(k.startswith("_") for m in detail["messages"] for k in m)
    renamed = api.ok("PUT", f"/v3/sessions/{sid}", {"name": "renamed"})
    assert renamed["meta"]["name"] == "renamed"
    listed = api.ok("GET", "/v3/sessions")["sessions"]
    assert listed[0]["session_id"] == sid          # newest first
    reset = api.ok("PUT", f"/v3/sessions/{sid}/reset")
    assert reset["messages"] == []
    # after a reset the context is forgotten: a follow-up has nothing to follow
    job = api.ask(sid, "only in Energy")          # declined: there is no earlier answer to narrow down
    assert job["status"] == "failed" and "no earlier answer" in job["reason"]


def test_multi_round_follow_ups(api):
    sid = api.session("sp500insight")
    api.ask(sid, "How many companies are in each sector?")
    job = api.ask(sid, "only those with more than 50")
    rows = job["result"]["data"]["rows"]
    assert sorted(r[0] for r in rows) == ["Financials", "Health Care", "Industrials", "Information Technology"]
    job = api.ask(sid, "which sector has the most?")
    assert job["result"]["data"]["rows"] == [["Industrials", "83"]]


def test_auto_breakdown_sub_tasks(api):
    sid = api.session("sp500insight")
    job = api.ask(sid, "Give me an overview of the Utilities sector: the number of companies, their average "
                       "dividend yield, and the 3 largest by market cap", mode="auto_breakdown")
    res = job["result"]
    assert res["type"] == "breakdown" and res["task_id"] == "0" and res["status"] == "done"
    assert [t["task_id"] for t in res["sub_tasks"]] == ["0-0", "0-1", "0-2"]
    assert all(t["type"] == "data_retrieval" and t["status"] == "done" for t in res["sub_tasks"])
    assert res["sub_tasks"][0]["data"]["rows"] == [["31"]]
    assert len(res["sub_tasks"][2]["data"]["rows"]) == 3
    # a simple question in auto_breakdown stays one answer
    job = api.ask(sid, "How many companies are in each sector?", mode="auto_breakdown")
    assert job["result"]["type"] == "data_retrieval"


def test_one_shot_chat2data_opens_a_session(api):
    res = api.ok("POST", "/v3/chat2data", {"cluster_id": "local", "database": "sp500insight",
                                            "question": "How many companies are there?"})
    assert set(res) == {"cluster_id", "database", "job_id", "session_id"}
    job = api.wait(res["job_id"])
    assert job["result"]["data"]["rows"] == [["503"]]
    assert api.ok("GET", f"/v3/sessions/{res['session_id']}")["messages"][0]["content"] == "How many companies are there?"


def test_feedback_revises_an_earlier_round(api):
    sid = api.session("sp500insight")
    first = api.ask(sid, "List the 5 largest companies by market cap")
    api.ask(sid, "How many companies are in each sector?")
    job = api.ask(sid, "only in Energy", feedback_answer_id=first["job_id"], feedback_task_id="0")
    names = [r[0] for r in job["result"]["data"]["rows"]]
    assert len(names) == 5 and "ExxonMobil" in names
    bad = api.req("POST", f"/v3/sessions/{sid}/chat2data", {"question": "x", "feedback_answer_id": "nope"})
    assert bad.status_code == 400 and "feedback_answer_id" in bad.json()["msg"]


def test_failed_job_has_reason_with_suggestions(api):
    sid = api.session("sp500insight")
    job = api.ask(sid, "what is the weather in paris tomorrow")
    assert job["status"] == "failed"
    assert "weather" in job["reason"] and "Questions that work here" in job["reason"]


def test_data_summary_object(api):
    res = api.ok("POST", "/v3/dataSummaries", {"cluster_id": "local", "database": "shop", "description": "shop data"})
    assert isinstance(res["data_summary_id"], int)
    s = api.wait(res["job_id"])["result"]
    assert s["status"] == "done" and s["database"] == "shop" and s["description"]["user"] == "shop data"
    assert set(s["tables"]) == {"customers", "orders", "products"}
    assert s["tables"]["orders"]["columns"]["amount"]["description"]
    rel = s["relationships"]["orders"]
    assert {"referencing_table": "orders", "referencing_table_column": "customer_id", "referenced_table": "customers",
            "referenced_table_column": "id", "inferred": False} in rel
    got = api.ok("GET", f"/v3/dataSummaries/{res['data_summary_id']}")
    assert got["data_summary_id"] == res["data_summary_id"]
    listed = api.ok("GET", "/v3/dataSummaries?database=shop")["data_summaries"]
    assert any(x["data_summary_id"] == res["data_summary_id"] for x in listed)
    edited = api.ok("PUT", f"/v3/dataSummaries/{res['data_summary_id']}/tables/orders", {"description": "Sales orders"})
    assert edited["tables"]["orders"]["description"] == "Sales orders"
    edited = api.ok("PUT", f"/v3/dataSummaries/{res['data_summary_id']}/tables/orders/columns", {"amount": "Order value"})
    assert edited["tables"]["orders"]["columns"]["amount"]["description"] == "Order value"
    edited = api.ok("PUT", f"/v3/dataSummaries/{res['data_summary_id']}", {"keywords": ["Retail"]})
    assert edited["keywords"] == ["Retail"]


def test_summaries_created_in_a_loop_do_not_pile_up(api):
    from c2q_shell.server.store import SUMMARIES_KEPT
    default = api.ok("POST", "/v3/dataSummaries", {"cluster_id": "local", "database": "shop"})
    api.wait(default["job_id"])
    made = []
    for _ in range(SUMMARIES_KEPT + 5):
        res = api.ok("POST", "/v3/dataSummaries", {"cluster_id": "local", "database": "shop", "default": False})
        assert api.wait(res["job_id"])["status"] == "done"
        made.append(res["data_summary_id"])
    listed = {x["data_summary_id"] for x in api.ok("GET", "/v3/dataSummaries?database=shop")["data_summaries"]}
    assert default["data_summary_id"] in listed                 # the default is never forgotten
    assert set(made[-SUMMARIES_KEPT:]) <= listed and not set(made[:5]) & listed
    assert len(listed) == SUMMARIES_KEPT + 1
    gone = api.req("GET", f"/v3/dataSummaries/{made[0]}")
    assert gone.status_code == 404 and "not found" in gone.json()["msg"]


def test_demo_summary_uses_the_schema_comments(api):
    s = api.ok("GET", "/v3/dataSummaries?database=sp500insight")["data_summaries"][-1]
    assert s["tables"]["companies"]["description"].startswith("Companies in the S&P 500 index: 503 rows")
    assert s["tables"]["fundamentals"]["columns"]["dividend_yield"]["description"].startswith(
        "Dividend yield as a fraction")
    job = api.ask(api.session("sp500insight"), "average CAPE since 2000")      # an acronym from a comment
    assert "pe10" in job["result"]["sql"]


def test_suggest_and_refine(api):
    res = api.ok("POST", "/v3/suggestQuestions", {"cluster_id": "local", "database": "sp500insight"})
    qs = api.wait(res["job_id"])["result"]
    assert isinstance(qs, list) and len(qs) >= 3 and all(isinstance(q, str) for q in qs)
    sid = api.session("sp500insight")
    for q in qs[:3]:                       # every suggestion must be answerable
        assert api.ask(sid, q)["status"] == "done", q
    res = api.ok("POST", "/v3/refineSql", {"cluster_id": "local", "database": "sp500insight",
                                           "sql": "SELECT name FROM companies ORDER BY founded", "feedback": "limit 10"})
    assert set(res) == {"job_id", "session_id"}
    out = api.wait(res["job_id"])["result"]
    assert out["rewritten_sql"].endswith("LIMIT 10") and out["solution"]


def test_knowledge_bases(api):
    kb = api.ok("POST", "/v3/knowledgeBases", {"cluster_id": "local", "database": "shop", "description": "shop kb"})
    kid = kb["knowledge_base_id"]
    assert kb["description"] == "shop kb" and isinstance(kb["default"], bool)
    shot = api.ok("POST", f"/v3/knowledgeBases/{kid}/data", {
        "type": "few-shot", "meta_data": {},
        "raw_data": {"question": "How many records are in the orders table?", "answer": "SELECT COUNT(*) FROM orders"}})
    assert shot["type"] == "few-shot" and isinstance(shot["knowledge_data_id"], int)
    term = api.ok("POST", f"/v3/knowledgeBases/{kid}/data", {
        "type": "term-sheet", "meta_data": {}, "raw_data": {"term": ["GMV"], "description": "GMV is the order amount"}})
    api.ok("POST", f"/v3/knowledgeBases/{kid}/data", {
        "type": "instruction", "meta_data": {}, "raw_data": {"instruction": "Prefer totals over averages."}})
    too_long = api.req("POST", f"/v3/knowledgeBases/{kid}/data", {
        "type": "instruction", "meta_data": {}, "raw_data": {"instruction": "x" * 513}})
    assert too_long.status_code == 400 and "512" in too_long.json()["msg"]
    items = api.ok("GET", f"/v3/knowledgeBases/{kid}/data")["knowledge_data"]
    assert [i["type"] for i in items] == ["few-shot", "term-sheet", "instruction"]
    sid = api.session("shop")
    job = api.ask(sid, "how many records are in the orders table?")
    assert job["result"]["sql"] == "SELECT COUNT(*) FROM orders"
    job = api.ask(sid, "total GMV by country")
    assert "SUM" in job["result"]["sql"].upper() and "amount" in job["result"]["sql"]
    upd = api.ok("PUT", f"/v3/knowledgeBases/{kid}/data/{term['knowledge_data_id']}", {
        "type": "term-sheet", "meta_data": {}, "raw_data": {"term": ["GMV", "sales"], "description": "order amount"}})
    assert upd["raw_data"]["term"] == ["GMV", "sales"]
    assert api.ok("DELETE", f"/v3/knowledgeBases/{kid}/data/{term['knowledge_data_id']}") == {}
    assert api.req("DELETE", f"/v3/knowledgeBases/{kid}/data/{term['knowledge_data_id']}").status_code == 404
    assert api.ok("PUT", f"/v3/knowledgeBases/{kid}", {"description": "new"})["description"] == "new"
    assert any(k["knowledge_base_id"] == kid for k in api.ok("GET", "/v3/knowledgeBases")["knowledge_bases"])


def test_v2_endpoints(api):
    res = api.ok("POST", "/v2/dataSummaries", {"cluster_id": "local", "database": "shop"})
    obj = api.wait(res["job_id"])["result"]
    assert obj["data"]["db_name"] == "shop" and "customers" in obj["data"]["db_schema"]
    res = api.ok("POST", "/v2/chat2data", {"cluster_id": "local", "database": "shop", "raw_question": "how many customers"})
    assert set(res) == {"job_id"}
    out = api.wait(res["job_id"])["result"]
    assert out["raw_question"] == "how many customers" and out["task_tree"]["0"]["rows"] == [["6"]]
    sid = obj["id"]
    job = api.ok("PUT", f"/v2/dataSummaries/{sid}", {"tables": {"customers": {"description": "People", "columns": {"city": "Town"}}}})
    assert api.wait(job["job_id"])["result"] is None
    assert api.ok("GET", f"/v2/dataSummaries/{sid}")["data"]["db_schema"]["customers"]["description"] == "People"


def test_rate_limit_headers_always_sent(api):
    r = api.req("GET", "/v3/sessions")
    for h in ("X-Ratelimit-Limit-Minute", "X-Ratelimit-Remaining-Minute", "X-Ratelimit-Reset"):
        assert h in r.headers


def test_rate_limit_429_in_gateway_envelope(tmp_path, data_dir):
    from conftest import Api, start_server
    srv = start_server(tmp_path, [f"sqlite:///{data_dir / 'shop.sqlite'}"], rate_limit=3)
    try:
        api = Api(srv.url, app=srv.app)
        codes = [api.req("GET", "/v3/sessions").status_code for _ in range(4)]
        assert codes[:3] == [200, 200, 200] and codes[3] == 429
        r = api.req("GET", "/v3/sessions")
        body = r.json()
        assert body["type"] == "" and body["data"]["result"]["code"] == 49900007
        assert r.headers["X-Ratelimit-Remaining-Minute"] == "0" and r.headers["X-Ratelimit-Limit-Minute"] == "3"
    finally:
        srv.stop()


def test_summary_not_ready_is_400(tmp_path, data_dir):
    import shutil

    from conftest import Api, start_server
    db = tmp_path / "fresh.sqlite"
    shutil.copy(data_dir / "shop.sqlite", db)
    srv = start_server(tmp_path / "state", [f"sqlite:///{db}"])
    try:
        api = Api(srv.url, app=srv.app)
        r = api.req("POST", "/v3/chat2data", {"cluster_id": "local", "database": "fresh", "question": "how many customers"})
        assert r.status_code == 400
        assert r.json()["msg"] == "Data summary is not ready, please wait for a while and retry"
        # that call started a summary; once it is done, the same question works
        s = api.ok("GET", "/v3/dataSummaries?database=fresh")["data_summaries"][0]
        assert s["status"] in ("inited", "done")
        api.summary("fresh")
        res = api.ok("POST", "/v3/chat2data", {"cluster_id": "local", "database": "fresh", "question": "how many customers"})
        assert api.wait(res["job_id"])["result"]["data"]["rows"] == [["6"]]
    finally:
        srv.stop()
