"""A superlative asked right after a grouped answer ranks those groups: 'which one has the highest
average X?' is X averaged per group, ranked, top 1; 'which of them has the most <things>?' counts
the things per group. A ranking of one overall aggregate (nothing to rank) is declined. Each on
the demo data and on a schema built here; every answer checked against reference SQL."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db
from test_engine_analyst import ref, shows

from c2q_shell.server import demo


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    return demo.ensure(tmp_path_factory.mktemp("demo"))


@pytest.fixture(scope="module")
def shops_db(tmp_path_factory):
    rows = ", ".join(f"({i}, {1 + i % 5}, {round(10 + (i * 37) % 90 + (i % 5) * 3.5, 2)}, "
                     f"'{('online', 'counter', 'phone')[i % 3]}')" for i in range(1, 61))
    return make_db(tmp_path_factory.mktemp("shops") / "shops.sqlite", f"""
    CREATE TABLE stores (store_id INTEGER PRIMARY KEY, store_name TEXT, kind TEXT, floor_area REAL, staff INTEGER);
    CREATE TABLE sales (sale_id INTEGER PRIMARY KEY, store_id INTEGER REFERENCES stores(store_id),
                        amount REAL, channel TEXT);
    INSERT INTO stores VALUES (1,'Aster','Outlet',120,9),(2,'Birch','Flagship',900,30),(3,'Cedar','Outlet',150,4),
                              (4,'Dahlia','Kiosk',20,2),(5,'Elm','Flagship',750,41);
    INSERT INTO sales VALUES {rows};
    """)


def test_which_one_has_the_highest_average_after_a_grouped_count(demo_db, shops_db):
    c = Conv(demo_db)
    c.ask("how many companies per sector")
    c.ask("which one has the highest average dividend yield?")
    want = ("SELECT c.sector, AVG(f.dividend_yield) AS a FROM companies c JOIN fundamentals f "
            "ON f.symbol = c.symbol GROUP BY c.sector ORDER BY a DESC LIMIT 1")
    assert shows(c, want)
    assert len(c.rows) == 1 and c.rows[0][0] == ref(c, want)[0][0]
    c = Conv(shops_db)
    c.ask("how many stores per kind")
    c.ask("which one has the highest average amount?")
    want = ("SELECT st.kind, AVG(s.amount) AS a FROM sales s JOIN stores st ON st.store_id = s.store_id "
            "GROUP BY st.kind ORDER BY a DESC LIMIT 1")
    assert shows(c, want) and c.rows[0][0] == ref(c, want)[0][0]
    c.ask("how many stores per kind")
    c.ask("which of them has the lowest total amount?")
    want = want.replace("AVG", "SUM").replace("DESC", "ASC")
    assert shows(c, want) and c.rows[0][0] == ref(c, want)[0][0]


def test_which_of_them_has_the_most_things_counts_them_per_group(demo_db, shops_db):
    c = Conv(demo_db)
    c.ask("average market cap by sector")
    c.ask("which of them has the most companies?")
    want = "SELECT sector, COUNT(*) AS n FROM companies GROUP BY sector ORDER BY n DESC LIMIT 1"
    assert shows(c, want) and c.rows[0][0] == ref(c, want)[0][0]
    c = Conv(shops_db)
    c.ask("average amount by kind")                 # groups of the counted table's own column
    c.ask("which one has the fewest stores?")
    want = "SELECT kind, COUNT(*) AS n FROM stores GROUP BY kind ORDER BY n ASC, kind LIMIT 1"
    assert shows(c, want) and c.rows[0][0] == ref(c, want)[0][0]
    c = Conv(shops_db)
    c.ask("total amount by channel")                # groups of another table: each store counted once
    c.ask("which of them has the most stores?")
    want = ("SELECT channel, COUNT(DISTINCT store_id) AS n FROM sales GROUP BY channel "
            "HAVING n = (SELECT MAX(m) FROM (SELECT COUNT(DISTINCT store_id) AS m FROM sales GROUP BY channel))")
    assert shows(c, want)          # (every channel tied at the top: one of them cut by order would be a guess)
    assert "DISTINCT" in c.sql.upper()


def test_a_listing_of_each_value_once_is_the_groups_ranked(demo_db, shops_db):
    c = Conv(shops_db)
    c.ask("list the kinds")
    c.ask("which one has the highest average amount?")
    want = ("SELECT st.kind, AVG(s.amount) AS a FROM sales s JOIN stores st ON st.store_id = s.store_id "
            "GROUP BY st.kind ORDER BY a DESC LIMIT 1")
    assert shows(c, want) and c.rows[0][0] == ref(c, want)[0][0]
    c = Conv(demo_db)
    c.ask("list the sectors")
    c.ask("which of them has the most companies?")
    want = "SELECT sector, COUNT(*) AS n FROM companies GROUP BY sector ORDER BY n DESC LIMIT 1"
    assert shows(c, want) and c.rows[0][0] == ref(c, want)[0][0]


def test_which_ones_ranks_every_group(shops_db):
    c = Conv(shops_db)
    c.ask("how many sales per channel")
    c.ask("which ones have the highest average amount?")
    want = "SELECT channel, AVG(amount) AS a FROM sales GROUP BY channel ORDER BY a DESC"
    assert shows(c, want, ordered=True)


def test_the_top_groups_of_the_previous_answer_stay_the_groups_counted(shops_db):
    c = Conv(shops_db)
    c.ask("top 2 kinds by average floor area")
    c.ask("which of them has the most sales?")
    top = [r[0] for r in ref(c, "SELECT kind FROM stores GROUP BY kind ORDER BY AVG(floor_area) DESC LIMIT 2")]
    assert {r[0] for r in c.rows} <= set(top)
    want = ("SELECT st.kind, COUNT(*) AS n FROM sales s JOIN stores st ON st.store_id = s.store_id "
            f"WHERE st.kind IN ({', '.join(repr(t) for t in top)}) GROUP BY st.kind ORDER BY n DESC")
    assert c.rows[0][0] == ref(c, want)[0][0]


def test_ranking_one_overall_aggregate_is_declined_naming_the_ranking(demo_db, shops_db):
    for path, q in ((demo_db, "which has the highest average dividend yield?"),
                    (shops_db, "which has the highest average amount?")):
        why = declined(Conv(path), q)
        assert "'highest' ranks groups or rows" in why and "Not understood" not in why


def test_which_of_them_have_the_highest_ranks_the_rows_of_the_previous_top_n(demo_db, shops_db):
    c = Conv(demo_db)
    c.ask("top 5 companies by market cap")
    c.ask("which of them have the highest dividend yield?")
    want = ("SELECT name, dividend_yield FROM (SELECT c.name, f.dividend_yield FROM companies c JOIN fundamentals f "
            "ON f.symbol = c.symbol WHERE f.market_cap IS NOT NULL ORDER BY f.market_cap DESC, c.name LIMIT 5) "
            "WHERE dividend_yield IS NOT NULL ORDER BY dividend_yield DESC")
    assert shows(c, want, ordered=True)
    c = Conv(shops_db)
    c.ask("the 3 largest stores by floor area")
    c.ask("which of them have the most staff?")
    want = ("SELECT store_name, staff FROM (SELECT store_name, staff FROM stores ORDER BY floor_area DESC LIMIT 3) "
            "ORDER BY staff DESC")
    assert shows(c, want, ordered=True)


def test_a_decline_never_calls_a_table_name_unknown(shops_db):
    c = Conv(shops_db)
    c.ask("how many sales per channel")
    why = declined(c, "how many of them have the most stores and sales?")
    assert "Not used: 'stores'" in why and "Not understood: 'stores'" not in why
    why = declined(Conv(shops_db), "how many stores have a mortgage?")
    assert "Not understood: 'mortgage'" in why


def test_a_new_top_n_listing_after_a_grouped_answer_is_a_new_question(demo_db, shops_db):
    """'5 largest companies' after 'how many companies per sector' lists companies by size; it
    is not the 5 largest sectors by the count just shown."""
    c = Conv(demo_db)
    c.ask("how many companies per sector")
    c.ask("5 largest companies")
    want = ("SELECT c.name, f.market_cap FROM companies c JOIN fundamentals f ON f.symbol = c.symbol "
            "WHERE f.market_cap IS NOT NULL ORDER BY f.market_cap DESC LIMIT 5")
    assert shows(c, want, ordered=True)
    alone = Conv(shops_db)
    alone.ask("3 largest stores")                   # whatever size it ranks by, as a first question
    c = Conv(shops_db)
    c.ask("average amount per kind")
    c.ask("3 largest stores")
    assert c.rows == alone.rows and len(c.rows) == 3


def test_a_count_of_a_listing_counts_the_rows_the_listing_shows(demo_db, tmp_path):
    """'which companies pay no dividend?' → 'how many are there?': the count is the number of
    rows just listed; a company with no row to hold a dividend is in neither."""
    c = Conv(demo_db)
    c.ask("which companies pay no dividend?")
    listed = len(c.rows)
    c.ask("how many are there?")
    assert int(c.rows[0][0]) == listed
    db = make_db(tmp_path / "firms.sqlite", """
    CREATE TABLE firms (firm_id INTEGER PRIMARY KEY, firm_name TEXT);
    CREATE TABLE financials (firm_id INTEGER REFERENCES firms(firm_id), dividend REAL, revenue REAL);
    INSERT INTO firms VALUES (1,'Acme'),(2,'Bolt'),(3,'Crux'),(4,'Dyno'),(5,'Echo');
    INSERT INTO financials VALUES (1, 0, 10), (2, 1.5, 20), (3, NULL, 30);
    """)
    c = Conv(db)
    c.ask("which firms pay no dividend?")
    listed = len(c.rows)
    c.ask("how many are there?")
    assert int(c.rows[0][0]) == listed


def test_which_of_those_plural_noun_with_a_singular_verb_is_one_row(shops_db):
    # 'which of those kinds has …': the verb says one, whatever the noun's number
    c = Conv(shops_db)
    c.ask("how many stores of each kind are there?")
    c.ask("Which of those kinds has the highest average floor area?")
    assert [r[0] for r in c.rows] == ["Flagship"]
    c = Conv(shops_db)
    c.ask("how many stores of each kind are there?")
    c.ask("Which of those kinds have the highest average floor area?")     # several, ranked
    assert len(c.rows) == 3
