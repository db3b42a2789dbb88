"""An operations team's incidents on servers, with a login log of the servers: a value held both by
the servers (an environment 'test') and by the log (a user named 'test') is, for the incidents,
the servers' environment — the log is reached only by fanning out to rows of another thing. And
right after a round that was not answered, fragments that name no rows of their own ('count per
priority?', 'who are the P1s assigned to?', 'with assignee names') are declined; asked on their
own, they are answered as before. The schema is built here."""
from __future__ import annotations

import pytest
from test_engine import Conv, answered_after_a_decline, make_db, rows

from c2q_shell.server.engine import Engine

_DECLINED = "incidents still open more than 7 days as at 16 March"


@pytest.fixture(scope="module")
def ops_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("ops") / "ops.sqlite"
    envs = ["prod", "prod", "staging", "test", "prod", "test"]
    servers = ",".join(f"({i + 1},'web{i + 1:02d}','{e}')" for i, e in enumerate(envs))
    users = ["alice", "bob", "test", "deploy", "root"]
    logins = ",".join(f"({i + 1},{i % 6 + 1},'{users[i % 5]}','{'AUTH_OK' if i % 3 else 'AUTH_FAIL'}')"
                      for i in range(90))
    incidents = ",".join(f"({i + 1},{i % 6 + 1},'P{i % 4 + 1}',{'NULL' if i % 7 == 0 else i % 5 + 1},"
                         f"'{'open' if i % 3 == 0 else 'resolved'}','2025-0{i % 3 + 1}-{i % 27 + 1:02d}')"
                         for i in range(40))
    return make_db(path, f"""
    CREATE TABLE servers (host_id INTEGER PRIMARY KEY, hostname TEXT, env TEXT);
    CREATE TABLE auth_log (log_id INTEGER PRIMARY KEY, host_fk INTEGER REFERENCES servers(host_id),
                           user_name TEXT, evt_cd TEXT);
    CREATE TABLE staff (staffId INTEGER PRIMARY KEY, firstName TEXT, lastName TEXT, team TEXT);
    CREATE TABLE incidents (incident_id INTEGER PRIMARY KEY, host_fk INTEGER REFERENCES servers(host_id),
                            priority TEXT, assigneeId INTEGER REFERENCES staff(staffId), status TEXT,
                            openedAt TEXT);
    INSERT INTO servers VALUES {servers};
    INSERT INTO auth_log VALUES {logins};
    INSERT INTO staff VALUES (1,'Ana','Silva','Platform'),(2,'Ben','Ode','Platform'),(3,'Cai','Li','Support'),
        (4,'Dee','Moss','Support'),(5,'Eli','Roth','Network');
    INSERT INTO incidents VALUES {incidents};
    """)


def test_a_value_of_the_servers_is_not_read_as_a_user_of_their_log(ops_db):
    c = Conv(ops_db).ask("how many P1s were there in test?")
    assert "auth_log" not in c.sql and "env = 'test'" in c.sql
    want = rows(ops_db, "SELECT COUNT(*) FROM incidents i JOIN servers s ON s.host_id = i.host_fk "
                        "WHERE i.priority = 'P1' AND s.env = 'test'")
    assert [[int(v) for v in r] for r in c.rows] == [list(r) for r in want]


@pytest.mark.parametrize("q", ["count per priority?", "how many by priority?",
                               "who are the P1s and P2s assigned to?", "with assignee names",
                               "and with their team"])
def test_a_fragment_after_a_declined_round_is_declined(ops_db, q):
    with pytest.raises(Engine.CannotAnswer) as e:
        answered_after_a_decline(Conv(ops_db), _DECLINED, q)
    assert "was not answered" in str(e.value)


@pytest.mark.parametrize("q", ["how many incidents per priority?", "list the P1 incidents",
                               "count of incidents by priority", "how many opened each month?"])
def test_a_question_naming_its_rows_after_a_declined_round_is_answered(ops_db, q):
    res = answered_after_a_decline(Conv(ops_db), _DECLINED, q)
    assert "incidents" in res.tasks[-1].sql


def test_the_fragments_asked_first_are_answered(ops_db):
    assert "GROUP BY priority" in Conv(ops_db).ask("count per priority?").sql
    assert "'P1'" in Conv(ops_db).ask("who are the P1s assigned to?").sql
