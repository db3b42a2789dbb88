"""The analyst constructs in the MySQL dialect, on a real MariaDB (the instance of test_mysql):
decades, a comparison with the group's own average, shares, change between periods, groups
tied at the top of a ranking."""
from __future__ import annotations

from conftest import Api, start_server


def test_analyst_constructs_over_mysql(mysql_url, tmp_path):
    srv = start_server(tmp_path, [mysql_url])
    try:
        api = Api(srv.url, app=srv.app)
        assert api.summary("shop")["status"] == "done"
        sid = api.session("shop")

        def rows(q):
            job = api.ask(sid, q)
            assert job["status"] == "done", job.get("reason")
            return job["result"]["data"]["rows"], job["result"]["sql"]

        got, sql = rows("number of customers per decade of signup")
        assert sorted([str(x) for x in r] for r in got) == [["2020", "3"], ["None", "1"]], (got, sql)
        got, sql = rows("percentage of customers per country")
        assert sorted(float(r[1]) for r in got) == [50.0, 50.0] and "OVER" in sql
        got, sql = rows("how many orders have an amount above their country's average?")
        assert got == [["1"]]      # UK average 81.92: only 120.50 is above; USA average 300: none
        got, sql = rows("how much did the average amount change from 2022 to 2023?")
        assert abs(float(got[0][0]) - (190.0 - 82.875)) < 1e-6
        got, sql = rows("which country has the most customers?")
        assert len(got) == 2 and "(SELECT MAX(" in sql      # two countries tied at 2: both shown, no cut
        got, sql = rows("how many orders in 2023?")      # a year ends on an exclusive bound on the next day
        assert "< '2024-01-01'" in sql and "23:59" not in sql and "BETWEEN" not in sql, sql
        got, sql = rows("when was the first order above 100?")
        assert got[0][-2:] == ["2022-02-01", "120.50"] or "2022-02-01" in got[0]
    finally:
        srv.stop()
