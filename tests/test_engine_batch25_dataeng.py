"""Batch 25 of held-out sets: a data engineer's schemas (tbl_/dim_/fact_ table kinds, fk_* keys, a
key/value table) and questions half in SQL words — the general causes of its wrong answers and
declines, each on a schema of its own. Right or declined, never another answer."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db, rows

from c2q_shell.server.engine import Engine
from c2q_shell.server.schema import _names_the_key


@pytest.fixture(scope="module")
def crm_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("crm") / "crm.sqlite"
    return make_db(path, """
    CREATE TABLE tbl_rep (rep_id INTEGER PRIMARY KEY, rep_name TEXT, region TEXT);
    CREATE TABLE tbl_client (client_id INTEGER PRIMARY KEY, client_name TEXT, fk_owner_rep_id INTEGER,
                             status TEXT, opened_on TEXT);
    CREATE TABLE tbl_client_prop (fk_client_id INTEGER, prop_key TEXT, prop_value TEXT);
    CREATE TABLE fact_sale (sale_id INTEGER PRIMARY KEY, fk_client_id INTEGER, fk_rep_id INTEGER,
                            amount REAL, sold_on TEXT, settled_on TEXT);
    INSERT INTO tbl_rep VALUES (1,'Ines','North'),(2,'Omar','South'),(3,'Pia','North');
    INSERT INTO tbl_client VALUES (1,'Alder',1,'customer','2023-02-01'),(2,'Birch',2,'prospect','2024-03-01'),
      (3,'Cedar',NULL,'customer','2024-05-01'),(4,'Dogwood',9,'customer','2024-06-01');
    INSERT INTO tbl_client_prop VALUES (1,'sector','retail'),(1,'country','DE'),(2,'sector','energy'),
      (3,'country','FR'),(4,'sector','retail');
    INSERT INTO fact_sale VALUES (1,1,1,100,'2024-01-03','2024-02-01'),(2,1,3,50,'2024-02-03',NULL),
      (3,2,2,70,'2024-02-09','2024-03-01'),(4,3,2,30,'2024-04-01',NULL),(5,4,1,20,'2024-05-05','2024-06-01');
    """)


def test_fk_marked_keys_of_tables_with_a_kind_prefix_are_followed(crm_db):
    # 'fk_' says a foreign key; 'tbl_' / 'dim_' / 'fact_' is the kind of table, not its name
    assert _names_the_key("fk_client_id", "tbl_client", "client_id")
    assert _names_the_key("fk_user_id", "dim_user", "user_id")
    assert _names_the_key("fk_owner_rep_id", "tbl_rep", "rep_id")       # a role before the key's name
    assert not _names_the_key("owner_rep_id", "tbl_rep", "id")          # no mark, a generic key: not read
    c = Conv(crm_db)
    c.ask("total amount per region")
    assert sorted((r[0], float(r[1])) for r in c.rows) == sorted(
        (r[0], float(r[1])) for r in rows(crm_db, "SELECT r.region, SUM(s.amount) FROM fact_sale s "
                                                  "JOIN tbl_rep r ON r.rep_id = s.fk_rep_id GROUP BY r.region"))


def test_a_date_columns_word_before_the_counted_rows_is_never_a_count_of_dates(crm_db):
    c = Conv(crm_db)
    c.ask("how many settled sales does each region have?")     # the sales whose settled_on is set
    assert sorted((r[0], int(r[1])) for r in c.rows) == sorted(rows(
        crm_db, "SELECT r.region, COUNT(*) FROM fact_sale s JOIN tbl_rep r ON r.rep_id = s.fk_rep_id "
                "WHERE s.settled_on IS NOT NULL GROUP BY r.region"))
    assert "DISTINCT" not in c.sql.upper()
    # a date column every row holds says nothing of the rows: declined, never distinct dates counted
    msg = declined(Conv(crm_db), "how many sold sales does each region have?")
    assert "'sold'" in msg


def test_an_attribute_named_in_a_key_value_table_is_never_a_condition_on_its_key(crm_db):
    # 'sector' is a value of prop_key: neither prop_key = 'sector' (no grouping by the sector) nor
    # prop_key <> 'sector' (rows of other keys) answers these
    for q in ("count clients by sector", "how many clients have no sector at all?"):
        msg = declined(Conv(crm_db), q)
        assert "sector" in msg, q


def test_a_period_an_earlier_declined_round_narrowed_to_is_not_dropped(crm_db):
    c = Conv(crm_db)
    skipped = {"question": "now zorb it by month instead", "answered": False, "follows": False,
               "earlier": ["only the ones sold in 2024", "count sales zorbed by region"]}
    with pytest.raises(Engine.CannotAnswer) as e:
        c.engine.answer("which month had the most sales?", "direct", None, skipped=skipped)
    assert "2024" in str(e.value) and "earlier question" in str(e.value)
    # every period said: answered
    res = c.engine.answer("which month had the most sales ever?", "direct", None, skipped=skipped)
    assert res.tasks[-1].sql


def test_a_group_on_a_key_shown_by_nothing_else_keeps_the_rows_whose_key_matches_no_row(tmp_path):
    path = make_db(tmp_path / "probes.sqlite", """
    CREATE TABLE dim_probe (probe_id TEXT PRIMARY KEY, fk_room_id INTEGER);
    CREATE TABLE fact_sample (sample_id INTEGER PRIMARY KEY, fk_probe_id TEXT, charge_pct INTEGER);
    INSERT INTO dim_probe VALUES ('P1',1),('P2',1);
    INSERT INTO fact_sample VALUES (1,'P1',80),(2,'P1',15),(3,'P2',60),(4,'PX',10),(5,'PX',40);
    """)
    c = Conv(path)
    c.ask("lowest charge_pct per probe")
    # 'PX' points at no probe: its samples are a group of their own, never lost to a join
    assert sorted((r[0], int(r[1])) for r in c.rows) == sorted(rows(
        path, "SELECT fk_probe_id, MIN(charge_pct) FROM fact_sample GROUP BY fk_probe_id"))
    c.ask("only those under 20")
    assert sorted(r[0] for r in c.rows) == ["P1", "PX"]


def test_sql_group_by_is_by(crm_db):
    for q in ("count clients group by status", "clients grouped by status"):
        c = Conv(crm_db)
        c.ask(q)
        assert sorted((r[0], int(r[1])) for r in c.rows) == [("customer", 3), ("prospect", 1)], q


def test_sql_null_said_of_a_column_is_that_column_empty_or_set(crm_db):
    cases = {
        "how many clients have fk_owner_rep_id null?": "fk_owner_rep_id IS NULL",
        "sales where settled_on is null, how many?": "settled_on IS NULL",
        "how many sales where settled_on is not null": "settled_on IS NOT NULL",
        "count null settled_on in fact_sale": "settled_on IS NULL",
    }
    for q, cond in cases.items():
        c = Conv(crm_db)
        c.ask(q)
        table = "tbl_client" if "client" in q else "fact_sale"
        assert int(c.rows[0][0]) == rows(crm_db, f"SELECT COUNT(*) FROM {table} WHERE {cond}")[0][0], q
    # 'null' beside no column of its own: declined, naming it
    msg = declined(Conv(crm_db), "how many sales have a null or zorbed amount?")
    assert "'null'" in msg


def test_a_verb_of_an_event_only_some_rows_had_is_never_dropped(tmp_path):
    path = make_db(tmp_path / "subs.sqlite", """
    CREATE TABLE members (member_id INTEGER PRIMARY KEY, source TEXT, joined_on TEXT, cancel_date TEXT);
    INSERT INTO members VALUES (1,'web','2024-01-01',NULL),(2,NULL,'2024-02-01','2024-05-01'),
      (3,NULL,'2024-03-01',NULL),(4,'tv','2024-03-05','2024-04-01');
    """)
    c = Conv(path)
    c.ask("How many members came through each source?")
    # read as the cancel date set (batch 36: a verb that ends a row's life), never dropped
    c.ask("only where the source is missing: how many of those have cancelled?")
    assert "cancel_date IS NOT NULL" in c.sql and [int(r[-1]) for r in c.rows] == [1]


def test_a_closing_each_in_a_first_question_is_each_value_it_lists_never_an_earlier_answer(crm_db):
    c = Conv(crm_db)
    c.ask("what prop_keys are in tbl_client_prop and how many rows each?")
    assert sorted((r[0], int(r[1])) for r in c.rows) == [("country", 2), ("sector", 3)]
    declined(Conv(crm_db), "which zorbs are deployed, with a count of sales each")     # nothing listed


def test_values_held_by_more_than_one_row_are_the_duplicates(tmp_path):
    path = make_db(tmp_path / "people.sqlite", """
    CREATE TABLE tbl_person (person_id INTEGER PRIMARY KEY, email TEXT, city TEXT);
    INSERT INTO tbl_person VALUES (1,'a@x.io','Oslo'),(2,'a@x.io','Rome'),(3,'b@x.io','Oslo'),(4,NULL,'Oslo'),
      (5,NULL,'Rome'),(6,'c@x.io','Oslo'),(7,'c@x.io','Oslo'),(8,'c@x.io','Rome');
    """)
    for q in ("emails that appear more than once in tbl_person", "list duplicate emails"):
        c = Conv(path)
        c.ask(q)
        assert sorted((r[0], int(r[1])) for r in c.rows) == [("a@x.io", 2), ("c@x.io", 3)], q   # never NULL
    # other rows, or a count of the duplicates: not this reading (declined)
    for q in ("show me the rows with duplicate emails", "how many duplicate emails are there"):
        assert "'duplicate'" in declined(Conv(path), q), q


def test_a_key_that_matches_no_row_of_its_table_is_an_orphan(crm_db):
    want = rows(crm_db, "SELECT COUNT(*) FROM tbl_client WHERE fk_owner_rep_id IS NOT NULL AND "
                        "fk_owner_rep_id NOT IN (SELECT rep_id FROM tbl_rep)")[0][0]
    assert want == 1                                # Dogwood's rep 9; Cedar's NULL is no orphan
    for q in ("clients whose fk_owner_rep_id matches no rep — count",
              "how many clients have an fk_owner_rep_id that's not in tbl_rep?",
              "how many clients have a fk_owner_rep_id that does not exist in tbl_rep"):
        c = Conv(crm_db)
        c.ask(q)
        assert int(c.rows[0][0]) == want, q
    c = Conv(crm_db)
    c.ask("clients whose fk_owner_rep_id points to a rep that doesn't exist")
    assert [r[c.cols.index("client_name")] for r in c.rows] == ["Dogwood"]
    # another table named after it is not the one the key points at: declined
    declined(Conv(crm_db), "clients whose fk_owner_rep_id matches no sale")


def test_the_key_of_orphan_rows_is_the_one_they_hold(tmp_path):
    path = make_db(tmp_path / "probes.sqlite", """
    CREATE TABLE dim_probe (probe_id TEXT PRIMARY KEY, installed_on TEXT);
    CREATE TABLE fact_sample (sample_id INTEGER PRIMARY KEY, fk_probe_id TEXT, charge_pct INTEGER);
    INSERT INTO dim_probe VALUES ('P1','2024-01-01'),('P2','2024-02-01');
    INSERT INTO fact_sample VALUES (1,'P1',80),(2,'P1',15),(3,'P2',60),(4,'PX',10),(5,'PX',40),(6,NULL,5);
    """)
    c = Conv(path)
    c.ask("how many samples have an fk_probe_id that's not in dim_probe?")
    assert int(c.rows[0][0]) == 2
    c.ask("which probe ids are those?")
    assert [r[0] for r in c.rows] == ["PX"]             # never a join to dim_probe (no row there)
