"""A median, which neither SQLite nor MySQL/MariaDB has: the values numbered in order with
ROW_NUMBER and counted with COUNT over the rows kept, then the average of the middle one (an odd
count) or two (an even count). Checked on SQLite (a schema built here) and on MariaDB (the shop
instance of test_mysql)."""
from __future__ import annotations

import statistics

import pytest
from conftest import Api, start_server
from test_engine import Conv, make_db, rows


@pytest.fixture(scope="module")
def visits_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("visits") / "visits.sqlite"
    visits = ",".join(f"({i},'{('Desktop', 'Mobile', 'Tablet')[i % 3]}','2025-0{1 + i % 3}-{1 + i % 27:02d}',"
                      f"{'NULL' if i % 11 == 0 else (i * 37) % 500})" for i in range(1, 48))
    return make_db(path, f"""
    CREATE TABLE visits (visit_id INTEGER PRIMARY KEY, device TEXT, started_at TEXT, duration_sec INTEGER);
    INSERT INTO visits VALUES {visits};
    """)


def _medians(path, where: str = "") -> dict:
    by: dict = {}
    for device, d in rows(path, f"SELECT device, duration_sec FROM visits WHERE duration_sec IS NOT NULL {where}"):
        by.setdefault(device, []).append(d)
    return {k: statistics.median(v) for k, v in by.items()}


def test_median_overall_and_with_a_condition(visits_db):
    c = Conv(visits_db).ask("what's the median duration?")
    every = [d for (d,) in rows(visits_db, "SELECT duration_sec FROM visits WHERE duration_sec IS NOT NULL")]
    assert float(c.rows[0][0]) == statistics.median(every)
    assert "OVER" in c.sql and any("middle" in a["explanation"] for a in c.res.tasks[0].assumptions)
    c.ask("and on mobile?")
    assert float(c.rows[0][0]) == _medians(visits_db)["Mobile"]


def test_median_by_a_group_and_ranked(visits_db):
    c = Conv(visits_db).ask("median duration by device")
    assert {r[0]: float(r[1]) for r in c.rows} == _medians(visits_db)
    med = _medians(visits_db)
    c = Conv(visits_db).ask("which device has the highest median duration?")
    assert c.rows[0][0] == max(med, key=med.get)


def test_median_over_mysql(mysql_url, tmp_path):
    srv = start_server(tmp_path, [mysql_url])
    try:
        api = Api(srv.url, app=srv.app)
        assert api.summary("shop")["status"] == "done"
        sid = api.session("shop")
        job = api.ask(sid, "median amount")
        assert job["status"] == "done", job.get("reason")
        assert float(job["result"]["data"]["rows"][0][0]) == 100.25       # (80 + 120.50) / 2; NULL left out
        job = api.ask(sid, "median amount by country")
        assert job["status"] == "done", job.get("reason")
        assert {r[0]: float(r[1]) for r in job["result"]["data"]["rows"]} == {"UK": 80.0, "USA": 300.0}
    finally:
        srv.stop()
