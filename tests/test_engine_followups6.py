"""Follow-ups (batch 9): a sort of grouped figures keeps the groups, an edit of a round the engine
declined is declined, a breakdown keeps the conditions of the round before, and 'X instead'
replaces the figure shown. Each on a small schema of its own. Right or declined, never another
answer."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db, rows

from c2q_shell.server.engine.plan import Agg, Filter, Plan


@pytest.fixture(scope="module")
def stage_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("stage") / "stage.sqlite"
    return make_db(path, """
    CREATE TABLE venues (venue_id INTEGER PRIMARY KEY, venue_name TEXT, district TEXT);
    CREATE TABLE productions (production_id INTEGER PRIMARY KEY, title TEXT, genre TEXT, venue_id INTEGER
                        REFERENCES venues(venue_id), budget REAL);
    CREATE TABLE tickets (ticket_id INTEGER PRIMARY KEY, production_id INTEGER REFERENCES productions(production_id),
                          price REAL, fee REAL, promo_code TEXT, sold_on TEXT);
    INSERT INTO venues VALUES (1,'Old Hall','North'),(2,'Dock Stage','South'),(3,'Lantern','North');
    INSERT INTO productions VALUES (1,'Salt','Drama',1,900),(2,'Echo','Comedy',2,400),(3,'Tide','Drama',3,700),
      (4,'Moth','Musical',1,1500),(5,'Kite','Comedy',3,300),(6,'Fern','Drama',2,650);
    INSERT INTO tickets VALUES (1,1,20,2,'SPRING','2024-01-03'),(2,1,25,3,NULL,'2024-01-04'),
      (3,2,15,1,'SPRING','2024-02-01'),(4,3,30,4,'VIP','2024-02-11'),(5,4,40,5,NULL,'2023-03-05'),
      (6,4,45,5,'VIP','2023-03-06'),(7,4,38,4,'SPRING','2023-03-07'),(8,5,12,1,NULL,'2023-04-01'),
      (9,6,22,2,'VIP','2024-04-02'),(10,6,28,3,NULL,'2024-05-09');
    """)


def test_a_sort_of_counts_per_group_by_the_count_keeps_every_group(stage_db):
    ref = rows(stage_db, "SELECT genre, COUNT(*) FROM productions GROUP BY genre ORDER BY COUNT(*) DESC")
    for ask in ("sort that by the count, biggest first", "sort them by count, highest first",
                "sort that by the number of productions, highest first"):
        c = Conv(stage_db)
        c.ask("How many productions are there in each genre?")
        c.ask(ask)
        assert len(c.rows) == 3, ask                         # one row per genre, never one count of all
        assert [(r[0], int(r[-1])) for r in c.rows] == ref, ask


def after_a_declined_round(c: Conv, question: str):
    return c.engine.answer(question, "direct", c.prev, skipped={"question": "How many zorblaxes per genre?",
                                                                "answered": False})


def test_a_sort_after_a_declined_round_or_of_one_figure_is_declined(stage_db):
    c = Conv(stage_db)
    for q in ("sort them by that count, highest first", "order by the number of tickets, highest first",
              "sort by the number of tickets"):
        with pytest.raises(c.engine.CannotAnswer):
            after_a_declined_round(c, q)                # never one count of every ticket, 'sorted'
    c = Conv(stage_db)
    assert "nothing to sort" in declined(c, "order by the number of tickets, highest first")
    c = Conv(stage_db)
    c.ask("rank genres by the number of productions")   # a question of its own with groups: answered
    assert [(r[0], int(r[-1])) for r in c.rows] == rows(stage_db, "SELECT genre, COUNT(*) FROM productions "
                                                                  "GROUP BY genre ORDER BY COUNT(*) DESC")


def test_a_breakdown_keeps_the_condition_of_the_round_before_and_no_blank_group(stage_db):
    ref = rows(stage_db, "SELECT promo_code, COUNT(*) FROM tickets WHERE promo_code IS NOT NULL GROUP BY promo_code")
    for prev in (Plan(table="tickets", measures=[Agg("count")],            # tickets that used a promo code
                      filters=[Filter("tickets.promo_code", "is not null", [], kind="value")]),
                 Plan(table="tickets", measures=[Agg("count", "tickets.promo_code")])):     # the codes counted
        c = Conv(stage_db)
        c.prev = prev.to_dict()
        c.ask("break that down by code")
        assert sorted((r[0], int(r[-1])) for r in c.rows) == sorted(ref), c.sql
    c = Conv(stage_db)
    c.prev = Plan(table="tickets", measures=[Agg("count")],
                  filters=[Filter("tickets.promo_code", "is not null", [], kind="value")]).to_dict()
    c.ask("split it by month")                  # another grouping keeps the condition as well
    assert sum(int(r[-1]) for r in c.rows) == 6, c.sql


def test_a_measure_named_instead_replaces_the_figure_shown(stage_db):
    for ask in ("now the fee instead", "fee instead", "what about the fee instead?"):
        c = Conv(stage_db)
        c.ask("average price by year since 2023")
        c.ask(ask)
        assert c.cols[-1] != c.cols[0] and len(c.cols) == 2, (ask, c.sql)        # the year and the one figure
        assert [round(float(r[-1]), 6) for r in c.rows] == \
            [round(r[0], 6) for r in rows(stage_db, "SELECT AVG(fee) FROM tickets GROUP BY substr(sold_on, 1, 4) "
                                                    "ORDER BY 1 * substr(sold_on, 1, 4)")], (ask, c.sql)
    c = Conv(stage_db)
    c.ask("average price of tickets sold since 2024")
    c.ask("fee instead")
    assert float(c.rows[0][0]) == pytest.approx(rows(stage_db, "SELECT AVG(fee) FROM tickets WHERE sold_on >= '2024'")[0][0])
    c = Conv(stage_db)
    c.ask("How many tickets were sold in each month?")
    assert "instead" in declined(c, "the fee instead")         # a count: which figure of the fee is not said


def test_a_sort_by_another_key_instead_keeps_the_earlier_direction(stage_db):
    five = "SELECT ticket_id FROM tickets ORDER BY price DESC LIMIT 5"
    c = Conv(stage_db)
    c.ask("Show the 5 tickets with the highest price")
    c.ask("sort them by fee instead")               # the same five, highest fee first (the earlier direction)
    fees = rows(stage_db, f"SELECT fee FROM tickets WHERE ticket_id IN ({five}) ORDER BY fee DESC")
    assert [float(x) for x in c.col("fee")] == [f[0] for f in fees], c.sql
    c = Conv(stage_db)
    c.ask("Show the 5 tickets with the highest price")
    c.ask("sort them by fee")                       # no 'instead': the plain sort, ascending (stated)
    assert [float(x) for x in c.col("fee")] == sorted(f[0] for f in fees), c.sql


def test_a_new_condition_after_a_sort_of_ranked_rows_is_on_the_ranking(stage_db):
    c = Conv(stage_db)
    c.ask("Show the 3 tickets with the highest price")
    c.ask("sort them by fee")
    c.ask("now only SPRING")             # as without the sort: the 3 highest-priced SPRING tickets, by fee
    want = rows(stage_db, "SELECT fee FROM (SELECT fee FROM tickets WHERE promo_code = 'SPRING' "
                          "ORDER BY price DESC LIMIT 3) ORDER BY fee")
    assert [float(x) for x in c.col("fee")] == [w[0] for w in want], c.sql
    c = Conv(stage_db)
    c.ask("Show the 3 tickets with the highest price")
    c.ask("sort them by fee")
    c.ask("which of them are SPRING?")   # among the 3 shown
    assert [float(x) for x in c.col("fee")] == [4.0], c.sql
