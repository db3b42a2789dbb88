"""'how many tanks' over tank_no counts the different tanks (never adds up their numbers); 'grp' is
'group'; after a round not answered, 'its <value>' ('which instrument ran its phosphate?') points at
that round's rows and is declined."""
from __future__ import annotations

import pytest
from test_engine import Conv, answered_after_a_decline, make_db

from c2q_shell.server.engine import Engine


@pytest.fixture(scope="module")
def lab_db(tmp_path_factory):
    return make_db(tmp_path_factory.mktemp("lab") / "lab.sqlite", """
    CREATE TABLE instruments (instr_id TEXT PRIMARY KEY, model TEXT);
    CREATE TABLE analytes (anl_cd TEXT PRIMARY KEY, anl_name TEXT);
    CREATE TABLE samples (smpl_id TEXT PRIMARY KEY, tank_no INTEGER, grp TEXT, receivedAt TEXT);
    CREATE TABLE runs (run_id INTEGER PRIMARY KEY, instr_id TEXT REFERENCES instruments(instr_id));
    CREATE TABLE readings (rdg_id INTEGER PRIMARY KEY, smpl_id TEXT REFERENCES samples(smpl_id),
                           run_id INTEGER REFERENCES runs(run_id), anl_cd TEXT REFERENCES analytes(anl_cd), value REAL);
    INSERT INTO instruments VALUES ('IC-1','Dionex A'),('IC-2','Dionex B');
    INSERT INTO analytes VALUES ('PO4','Phosphate'),('NO3','Nitrate');
    INSERT INTO samples VALUES ('s1',7,'control','2024-01-02'),('s2',7,'control','2024-01-09'),
      ('s3',9,'treated','2024-02-01'),('s4',12,'treated','2024-02-08'),('s5',NULL,'blank','2024-02-09');
    INSERT INTO runs VALUES (1,'IC-1'),(2,'IC-2');
    INSERT INTO readings VALUES (1,'s1',1,'PO4',0.2),(2,'s2',2,'PO4',0.3),(3,'s3',1,'NO3',4.0);
    """)


def test_how_many_tanks_counts_different_tank_numbers(lab_db):
    c = Conv(lab_db).ask("how many tanks are there?")
    assert "COUNT(DISTINCT" in c.sql and int(c.rows[0][0]) == 3


def test_how_many_tanks_in_each_group_after_a_monthly_count(lab_db):
    c = Conv(lab_db).ask("How many samples were received each month?")
    c.ask("how many tanks are in each group?")
    assert "SUM(" not in c.sql and "grp" in c.sql
    assert sorted((r[0], int(r[1])) for r in c.rows) == [("blank", 0), ("control", 1), ("treated", 2)]


def test_its_value_after_a_round_not_answered_is_declined(lab_db):
    c = Conv(lab_db)
    with pytest.raises(Engine.CannotAnswer) as e:
        answered_after_a_decline(c, "Which batches are outliers by their standard deviation?",
                                 "which instrument ran its phosphate?")
    assert "'its phosphate'" in str(e.value)
    c = Conv(lab_db).ask("which instrument ran phosphate?")         # said alone: every one that did
    assert sorted(r[0] for r in c.rows) == ["IC-1", "IC-2"]
