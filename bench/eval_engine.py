"""Score the engine on a conversation set (QM and IM, execution match) through the HTTP API,
exactly as ../shared/eval/README.md describes. Prints the figures and, with -v, each miss.

    python bench/eval_engine.py [--set ../shared/eval/sp500-dev.json] [--db ../shared/eval/sp500_eval.sqlite] [-v]
    python bench/eval_engine.py --serve mysql://user:pass@127.0.0.1:3306/sp500_eval   # the same data in MySQL

The reference SQL always runs on the SQLite file (--db); --serve answers from another copy of
the data (for instance in MariaDB or TiDB), which checks the MySQL dialect end to end.
"""
from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

import requests
from requests.auth import HTTPDigestAuth

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from c2q_shell.server.app import ServerConfig  # noqa: E402
from c2q_shell.server.serve import ServerThread, make_app  # noqa: E402

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared" / "eval"


def norm(v):
    if v is None:
        return None
    try:
        return round(float(v), 6)
    except (TypeError, ValueError):
        return str(v)


def key(v):
    return (0, v) if isinstance(v, float) else (1, "" if v is None else str(v))


def matches(ref_cols, ref_rows, ordered, cols, rows) -> bool:
    if len(rows) != len(ref_rows):
        return False
    got = [[norm(r[i]) for r in rows] for i in range(len(cols))]
    for j in range(len(ref_cols)):
        want = [norm(r[j]) for r in ref_rows]
        ok = False
        for g in got:
            if ordered and g == want:
                ok = True
            elif sorted(g, key=key) == sorted(want, key=key) and (not ordered or len(set(map(str, want))) < len(want)):
                ok = True
            if ok:
                break
        if not ok:
            return False
    return True


class Client:
    def __init__(self, url, pub, priv, app):
        self.url, self.s, self.app = url, requests.Session(), app
        self.s.auth = HTTPDigestAuth(pub, priv)

    def call(self, method, path, body=None):
        r = self.s.request(method, self.url + path, json=body, timeout=60)
        data = r.json()
        if r.status_code != 200:
            raise RuntimeError(f"{r.status_code}: {data.get('msg')}")
        return data["result"]

    def wait(self, job_id):
        # the server runs in this process: wait for the job's end, then read it over HTTP
        self.app.jobs.wait(job_id, 120)
        return self.call("GET", f"/v2/jobs/{job_id}")


def _ordered(ref: str) -> bool:
    """Rows are compared in order only when the reference's outermost SELECT has ORDER BY, as the
    official scorer (../shared/eval/score.py) does: an ORDER BY … LIMIT inside a subquery picks
    the rows, it does not order the answer."""
    import sqlglot
    from sqlglot import exp
    try:
        tree = sqlglot.parse_one(ref, read="sqlite")
    except sqlglot.errors.ParseError:
        return bool(re.search(r"\border\s+by\b", ref, re.I))
    return isinstance(tree, exp.Select) and bool(tree.args.get("order"))


def _answered(ref_db, ref: str, tasks: list[dict]) -> bool:
    cur = ref_db.execute(ref)
    ref_cols = [d[0] for d in cur.description]
    ref_rows = cur.fetchall()
    ordered = _ordered(ref)
    return any(t.get("data") and matches(ref_cols, ref_rows, ordered, [x["col"] for x in t["data"]["columns"]],
                                         t["data"]["rows"]) for t in tasks)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default=str(SHARED / "sp500-dev.json"))
    ap.add_argument("--db", default=str(SHARED / "sp500_eval.sqlite"))
    ap.add_argument("--serve", help="database URL to answer from (default: the --db file)")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    if not Path(args.set).is_file():
        # the evaluation set lives outside the repository (../shared/eval); a clean clone has none
        print(f"eval_engine: no evaluation set at {args.set} (it is not part of the repository); skipped")
        return 0 if args.set == str(SHARED / "sp500-dev.json") else 2
    data = json.loads(Path(args.set).read_text())
    ref_db = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    with tempfile.TemporaryDirectory() as state:
        cfg = ServerConfig(public_key="EVAL", private_key="eval-secret", state_dir=Path(state))
        url = args.serve or f"sqlite:///{Path(args.db).resolve()}"
        server = ServerThread(make_app(cfg, [url])).start()
        try:
            c = Client(server.url, "EVAL", "eval-secret", server.app)
            database = next(iter(server.app.sources))
            c.wait(c.call("POST", "/v3/dataSummaries", {"cluster_id": "local", "database": database})["job_id"])
            rounds = answered = convs = convs_ok = wrong = declined = 0
            times = []
            for conv in data["conversations"]:
                mode = conv.get("mode", "direct")
                sid = c.call("POST", "/v3/sessions", {"cluster_id": "local", "database": database,
                                                      "name": conv["id"]})["session_id"]
                all_ok = True
                for turn in conv["turns"]:
                    rounds += 1
                    t0 = time.perf_counter()
                    job = c.wait(c.call("POST", f"/v3/sessions/{sid}/chat2data",
                                        {"question": turn["question"], "sql_generate_mode": mode})["job_id"])
                    times.append(time.perf_counter() - t0)
                    res = job.get("result") or {}
                    tasks = res.get("sub_tasks") or ([res] if res else [])
                    answered_rows = job.get("status") == "done" and any(t.get("data") for t in tasks)
                    if turn.get("decline"):
                        # a round the data cannot answer: right only when the job fails with a reason
                        ok = job.get("status") == "failed"
                        declined += ok
                        wrong += not ok
                    else:
                        alts = [turn["sql"] if isinstance(turn["sql"], list) else [turn["sql"]]]
                        alts += [[x] for x in turn.get("accept", [])]
                        ok = any(all(_answered(ref_db, ref, tasks) for ref in refs) for refs in alts)
                        if not ok and answered_rows:
                            wrong += 1
                        elif not ok:
                            declined += 1
                    answered += ok
                    all_ok &= ok
                    if args.verbose and not ok:
                        tag = "WRONG" if (answered_rows and not turn.get("decline")) or \
                            (turn.get("decline") and not ok) else "DECLINED"
                        print(f"{tag} {conv['id']}: {turn['question']}\n  ref: {turn.get('sql')}\n  got: "
                              f"{[t.get('sql') for t in tasks] if answered_rows else job.get('reason')}")
                convs += 1
                convs_ok += all_ok
        finally:
            server.stop()
    times.sort()
    print(f"conversations: {convs}, rounds: {rounds}")
    print(f"QM (rounds answered): {answered}/{rounds} = {100 * answered / rounds:.1f} %")
    print(f"IM (conversations fully answered): {convs_ok}/{convs} = {100 * convs_ok / convs:.1f} %")
    print(f"wrong (rows that are not the answer, or a decline round answered): {wrong}/{rounds} = "
          f"{100 * wrong / rounds:.1f} %")
    print(f"median round trip through HTTP (ask, answer, read the job): {1000 * times[len(times) // 2]:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
