"""Big answers: the rows of a large response stay bytes and are parsed when used. They must
read exactly as json.loads reads them, whatever the values hold, and the shell must show the
first screen, the row count and export every row from them."""
from __future__ import annotations

import io
import json
import threading

from werkzeug.serving import make_server
from werkzeug.wrappers import Response

from c2q_shell.api import rows as lazy
from c2q_shell.api.client import Chat2QueryClient
from c2q_shell.render import table
from c2q_shell.render.text import plain

PAD = "p" * lazy.BIG


def test_lazy_rows_read_as_json_does():
    tricky = [["a b", None, 1, 2.5, True], ['quote " and \\ back', "ü東京🙂", -3, 1e20, False],
              ["tab\tnew\nline", "", 0, 0.0, None]] * 5
    for sep in ((",", ":"), (", ", ": ")):
        body = json.dumps({"pad": PAD, "result": {"data": {"columns": [], "rows": tricky},
                                                  "sub_tasks": [{"data": {"rows": [["x"], ["y"]]}}]}},
                          separators=sep, ensure_ascii=False).encode()
        got = lazy.loads(body)
        rows = got["result"]["data"]["rows"]
        assert isinstance(rows, lazy.LazyRows) and len(rows) == 15 and rows == tricky
        assert rows[-1] == tricky[-1] and rows[3:5] == tricky[3:5] and list(rows) == tricky
        assert rows[::4] == tricky[::4] and rows[14:] == tricky[14:] and rows[7:3] == []
        assert list(got["result"]["sub_tasks"][0]["data"]["rows"]) == [["x"], ["y"]]
        assert got["pad"] == PAD
    # a bracket inside a value, or rows of other shapes: read the ordinary way, still right
    for rows in ([["a],[b", "1"], ["c", "2"]], [["x"], [["nested"]]], [[1], [2]]):
        body = json.dumps({"pad": PAD, "rows": rows}).encode()
        assert lazy.loads(body) == json.loads(body)
    uneven = b'{"pad": "' + PAD.encode() + b'", "rows": [[1],[2] ,[3]]}'
    assert list(lazy.loads(uneven)["rows"]) == [[1], [2], [3]]
    assert lazy.loads(b'{"rows": [[1]]}') == {"rows": [[1]]}          # small: json.loads


def test_a_big_answer_through_the_client():
    n = 60_000
    rows = [[f"S{i:05d}", str(i * 1000)] for i in range(n)]
    job = {"job_id": "j", "status": "done", "ended_at": 1, "reason": "", "result": {
        "type": "data_retrieval", "task_id": "0", "status": "done", "clarified_task": "all", "description": "",
        "assumptions": [], "sql": "SELECT s, v FROM t", "sql_error": None,
        "data": {"columns": [{"col": "s"}, {"col": "v"}], "rows": rows}, "chart_options": None}}
    body = json.dumps({"code": 200, "msg": "", "result": job}).encode()
    assert len(body) > lazy.BIG
    srv = make_server("127.0.0.1", 0, lambda e, s: Response(body, content_type="application/json")(e, s),
                      threaded=True)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        answer = Chat2QueryClient(f"http://127.0.0.1:{srv.server_port}/x", "p", "k").job("j").answer
    finally:
        srv.shutdown()
    assert isinstance(answer.rows, lazy.LazyRows) and len(answer.rows) == n
    text = plain(table.render(answer.columns, answer.rows, "table", 50, 40, 100)).splitlines()
    assert text[-1] == "60,000 rows" and "59,999,000" not in "\n".join(text) and "│ S00049 │" in text[-4]
    out = io.StringIO(table.machine(answer.columns, answer.rows, "csv"))
    lines = out.getvalue().splitlines()
    assert len(lines) == n + 1 and lines[-1] == "S59999,59999000"
    assert json.loads(table.machine(answer.columns, answer.rows, "json"))[-1] == {"s": "S59999", "v": 59999000}
