"""Follow-ups (batch 11): a terse edit after a declined round is declined, never answered over the
whole table; each on a small schema of its own. Right or declined, never another answer."""
from __future__ import annotations

import pytest
from test_engine import Conv, make_db, rows

from c2q_shell.server.engine import Engine


@pytest.fixture(scope="module")
def nursery_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("nursery") / "nursery.sqlite"
    return make_db(path, """
    CREATE TABLE buyers (buyer_id INTEGER PRIMARY KEY, buyer_name TEXT, buyer_kind TEXT, credit_cap REAL,
                         referred_by INTEGER REFERENCES buyers(buyer_id), joined_on TEXT);
    CREATE TABLE sales (sale_id INTEGER PRIMARY KEY, buyer_id INTEGER REFERENCES buyers(buyer_id),
                        sold_on TEXT, sale_total REAL, delivery_fee REAL, rebate REAL, state TEXT);
    CREATE TABLE sale_lines (line_id INTEGER PRIMARY KEY, sale_id INTEGER REFERENCES sales(sale_id),
                             plant TEXT, qty INTEGER);
    INSERT INTO buyers VALUES (1,'Ash Farm','trade',500,NULL,'2022-03-01'),(2,'Birch Ltd','retail',200,1,'2022-07-09'),
      (3,'Cedar Co','trade',900,1,'2023-01-15'),(4,'Dale Inn','retail',100,NULL,'2023-05-20'),
      (5,'Elm Yard','trade',300,3,'2024-02-02');
    INSERT INTO sales VALUES (1,1,'2023-07-04',120,10,0,'paid'),(2,2,'2023-08-11',80,5,4,'paid'),
      (3,3,'2023-09-30',300,20,15,'open'),(4,1,'2024-07-02',150,12,0,'paid'),(5,4,'2024-08-19',60,4,2,'void'),
      (6,5,'2024-09-09',210,15,10,'paid'),(7,3,'2024-01-05',95,8,0,'paid');
    INSERT INTO sale_lines VALUES (1,1,'Olive',3),(2,1,'Bay',1),(3,2,'Olive',2),(4,3,'Fig',5),(5,4,'Olive',4),
      (6,5,'Bay',2),(7,6,'Fig',1),(8,7,'Olive',6);
    """)


def after_a_declined_round(c: Conv, question: str, declined_question: str = "What were the zorblax takings?"):
    """The server's call after a round the engine declined: the round is passed on as `skipped`."""
    res = c.engine.answer(question, "direct", c.prev, skipped={"question": declined_question, "answered": False})
    c.prev = res.tasks[-1].plan
    c.sql = res.tasks[-1].sql
    out = c.src.execute(c.sql, 1000, 10)
    c.cols, c.rows = out.columns, out.rows
    return c


def test_a_terse_edit_after_a_declined_round_is_declined(nursery_db):
    for first in (None, "How many sales are there?"):
        for q in ("sum the delivery fees instead", "the average rebate instead", "how many plants did each take?",
                  "what did each pay?", "which of those are trade buyers?", "per month", "only paid sales"):
            c = Conv(nursery_db)
            if first:
                c.ask(first)
            with pytest.raises(Engine.CannotAnswer) as e:
                after_a_declined_round(c, q)
            assert "was not answered" in str(e.value), q
    # with no earlier round at all, 'instead' and a lone 'each' point at nothing either
    for q in ("sum the delivery fees instead", "how many plants did each take?"):
        with pytest.raises(Engine.CannotAnswer):
            Conv(nursery_db).ask(q)


def test_a_question_of_its_own_after_a_declined_round_is_answered(nursery_db):
    c = after_a_declined_round(Conv(nursery_db), "What is the total delivery fee of all sales?")
    assert float(c.rows[0][0]) == rows(nursery_db, "SELECT SUM(delivery_fee) FROM sales")[0][0]
    c = after_a_declined_round(Conv(nursery_db), "How many sales were there in each state?")
    assert len(c.rows) == 3


def test_of_those_which_picks_among_the_rows_a_ranking_kept(nursery_db):
    top = "SELECT sale_id, sale_total, rebate FROM sales ORDER BY sale_total DESC LIMIT 4"
    ref = sorted(r[0] for r in rows(nursery_db, f"SELECT * FROM ({top}) WHERE rebate < 5"))
    for ask in ("of those, which have a rebate under 5?", "of them which have a rebate under 5?",
                "which of those have a rebate under 5?"):
        c = Conv(nursery_db)
        c.ask("Which 4 sales have the largest sale total?")
        c.ask(ask)                  # the condition picks among the 4, it does not rank the matching rows again
        assert sorted(int(r[c.cols.index("sale_id")]) for r in c.rows) == ref, (ask, c.sql)
        c.ask("and what's their average delivery fee?")
        assert float(c.rows[0][0]) == rows(nursery_db, f"SELECT AVG(delivery_fee) FROM sales WHERE sale_id IN "
                                                       f"(SELECT sale_id FROM ({top}) WHERE rebate < 5)")[0][0]


@pytest.fixture(scope="module")
def gauge_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("gauge") / "gauge.sqlite"
    months = ", ".join(f"({i}, '{2000 + i // 12}-{1 + i % 12:02d}-01', {10 + (i * 7) % 31})" for i in range(60))
    return make_db(path, f"""
    CREATE TABLE gauge_readings (reading_id INTEGER PRIMARY KEY, month TEXT, water_level REAL);
    INSERT INTO gauge_readings VALUES {months};
    """)


def test_a_count_after_one_row_picked_under_a_bound_puts_the_new_bound_on_that_measure(gauge_db):
    c = Conv(gauge_db)
    c.ask("When was the water level last below 20?")
    c.ask("How many months in total has it been above 30?")     # 'it' is the water level; over every day
    assert int(c.rows[0][0]) == rows(gauge_db, "SELECT COUNT(*) FROM gauge_readings WHERE water_level > 30")[0][0]
    c = Conv(gauge_db)
    c.ask("Which 5 months had the highest water level?")
    with pytest.raises(Engine.CannotAnswer):
        c.ask("how many of them were above 30?")      # the bound is never dropped from the count


def test_an_average_per_row_instead_keeps_the_groups_and_instead_of_a_group_replaces_it(nursery_db):
    c = Conv(nursery_db)
    c.ask("What is the total sale total for each buyer kind?")
    c.ask("show the average rebate per sale instead")      # 'per sale' is the rows averaged, not one row each
    assert sorted((r[0], float(r[1])) for r in c.rows) == sorted(rows(
        nursery_db, "SELECT b.buyer_kind, AVG(s.rebate) FROM sales s JOIN buyers b ON b.buyer_id = s.buyer_id "
                    "GROUP BY b.buyer_kind"))
    c.ask("only paid sales")
    c.ask("now by year instead of by buyer kind")           # the buyer kind goes, never kept beside the year
    assert sorted((r[0], float(r[1])) for r in c.rows) == sorted(rows(
        nursery_db, "SELECT strftime('%Y', sold_on), AVG(rebate) FROM sales WHERE state = 'paid' GROUP BY 1"))
    with pytest.raises(Engine.CannotAnswer):
        c.ask("by month instead of by buyer kind")          # the answer shows no buyer kind to replace


def test_at_which_table_after_one_row_is_the_row_it_belongs_to(nursery_db):
    c = Conv(nursery_db)
    c.ask("List the open sales")
    c.ask("which one has the largest sale total?")
    c.ask("from which buyer?")              # that sale's buyer, never every buyer
    assert len(c.rows) == 1 and "Cedar Co" in c.rows[0], c.sql


def test_a_fragment_not_read_as_a_follow_up_is_declined(nursery_db):
    c = Conv(nursery_db)
    c.ask("How many sales are there in each state?")
    with pytest.raises(Engine.CannotAnswer):
        c.ask("from which buyer?")          # never every buyer


def test_how_many_of_them_after_counts_per_group_counts_in_each_group(nursery_db):
    c = Conv(nursery_db)
    c.ask("How many buyers joined each year?")
    c.ask("and how many of them are trade buyers?")     # of the buyers counted in each year
    assert sorted((r[0], int(r[1])) for r in c.rows) == sorted(rows(
        nursery_db, "SELECT strftime('%Y', joined_on), COUNT(*) FROM buyers WHERE buyer_kind = 'trade' GROUP BY 1"))


def test_a_link_column_named_in_a_count_is_never_dropped(nursery_db):
    c = Conv(nursery_db)
    c.ask("How many buyers joined each year?")
    with pytest.raises(Engine.CannotAnswer) as e:
        c.ask("and how many of them came through a referral?")    # never every buyer counted
    assert "referral" in str(e.value)


def test_on_how_many_rows_after_a_figure_is_declined_never_every_row_counted(nursery_db):
    c = Conv(nursery_db)
    with pytest.raises(Engine.CannotAnswer) as e:
        c.ask("How much rebate have we given, and on how many sales?")     # the sales with a rebate
    assert "on how many" in str(e.value)
    c.ask("How much rebate have we given, and how many sales are there?")   # every sale: answered
    assert [float(v) for v in c.rows[0]] == [float(v) for v in rows(nursery_db, "SELECT SUM(rebate), COUNT(*) "
                                                                                "FROM sales")[0]]


def test_instead_of_a_grouping_replaces_only_that_grouping(nursery_db):
    c = Conv(nursery_db)
    c.ask("total sale total per year")
    c.ask("by month instead of year")                       # a time unit said bare after 'instead of'
    assert len(c.rows) == len(rows(nursery_db, "SELECT DISTINCT strftime('%Y-%m', sold_on) FROM sales"))
    c = Conv(nursery_db)
    c.ask("total sale total by buyer kind and by year")
    c.ask("by state instead of by buyer kind")              # the year stays, the buyer kind goes
    assert sorted((r[0], r[1], float(r[2])) for r in c.rows) == sorted(rows(
        nursery_db, "SELECT strftime('%Y', sold_on), state, SUM(sale_total) FROM sales GROUP BY 1, 2"))


def test_split_that_by_regroups_the_answer_shown(nursery_db):
    c = Conv(nursery_db)
    c.ask("How many sales are there each year?")
    c.ask("only paid sales")
    c.ask("now split that by buyer kind instead of year")
    assert sorted((r[0], int(r[1])) for r in c.rows) == sorted(rows(
        nursery_db, "SELECT b.buyer_kind, COUNT(*) FROM sales s JOIN buyers b ON b.buyer_id = s.buyer_id "
                    "WHERE s.state = 'paid' GROUP BY 1"))


@pytest.fixture(scope="module")
def depot_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("depot") / "depot.sqlite"
    jobs = ", ".join(f"({i}, {1 + i % 2}, '{('repair', 'survey')[i % 3 == 0]}', '{2021 + i % 3}-0{1 + i % 9}-1{i % 9}')"
                     for i in range(1, 40))
    return make_db(path, f"""
    CREATE TABLE depots (depot_id INTEGER PRIMARY KEY, depot_name TEXT, opened_year INTEGER);
    CREATE TABLE jobs (job_id INTEGER PRIMARY KEY, depot_id INTEGER REFERENCES depots(depot_id), job_type TEXT,
                       done_on TEXT);
    INSERT INTO depots VALUES (1, 'Quay', 1990), (2, 'Ridge', 2004);
    INSERT INTO jobs VALUES {jobs};
    """)


def test_the_year_before_moves_the_period_even_where_a_column_is_named_year(depot_db):
    c = Conv(depot_db)
    c.ask("how many repair jobs were done in 2023?")
    c.ask("and the year before?")               # 'year' is the unit of the period, not opened_year
    assert int(c.rows[0][0]) == rows(depot_db, "SELECT COUNT(*) FROM jobs WHERE job_type = 'repair' "
                                               "AND done_on LIKE '2022%'")[0][0]


def test_dropping_the_split_gives_the_figure_over_every_group(nursery_db):
    ref = rows(nursery_db, "SELECT COUNT(*) FROM sales WHERE state = 'paid'")[0][0]
    for ask in ("drop the buyer kind split, just the total", "just the total", "without the split by buyer kind"):
        c = Conv(nursery_db)
        c.ask("how many paid sales are there per buyer kind?")
        c.ask(ask)
        assert len(c.rows) == 1 and int(c.rows[0][0]) == ref, (ask, c.sql)
    c = Conv(nursery_db)
    c.ask("how many paid sales are there per buyer kind?")
    with pytest.raises(Engine.CannotAnswer):
        c.ask("drop the plant split")               # the answer shows no split by plant


def test_only_a_bare_year_after_an_answer_keeps_its_rows_to_that_year(depot_db):
    c = Conv(depot_db)
    c.ask("how many jobs were done at each depot?")
    c.ask("only 2023")                          # the jobs' date, the depots' opening year aside
    assert sorted((r[0], int(r[1])) for r in c.rows) == sorted(rows(
        depot_db, "SELECT d.depot_name, COUNT(*) FROM jobs j JOIN depots d ON d.depot_id = j.depot_id "
                  "WHERE j.done_on LIKE '2023%' GROUP BY 1"))
    with pytest.raises(Engine.CannotAnswer):
        Conv(depot_db).ask("only 2023")         # no answer to keep to it


def test_switch_to_a_figure_and_cut_it_to_the_top_n_edit_the_answer_shown(nursery_db, depot_db):
    per_kind = rows(nursery_db, "SELECT b.buyer_kind, COUNT(*) FROM sales s JOIN buyers b ON b.buyer_id = s.buyer_id "
                                "GROUP BY 1")
    for ask in ("switch to the number of sales", "the number of sales instead"):
        c = Conv(nursery_db)
        c.ask("What is the total sale total for each buyer kind?")
        c.ask(ask)                              # in place of the figure shown: still one row per buyer kind
        assert sorted((r[0], int(r[1])) for r in c.rows) == sorted(per_kind), (ask, c.sql)
    c = Conv(depot_db)
    c.ask("how many jobs were done in each year?")
    c.ask("sort it, highest first")
    c.ask("cut it to the top 2")
    assert [int(r[1]) for r in c.rows] == [r[0] for r in rows(
        depot_db, "SELECT COUNT(*) FROM jobs GROUP BY strftime('%Y', done_on) ORDER BY 1 DESC LIMIT 2")]
