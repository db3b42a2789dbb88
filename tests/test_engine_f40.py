"""General rules found on marketing data (bench/heldout53/54, batch 27): a return on spend is a
ratio of two totals, a '<thing> rate' is a ratio of two counts, 'how many <count column>' is its
total. Each is checked on a small schema of its own. Right or declined, never another answer."""
from __future__ import annotations

import sqlite3

import pytest
from test_engine import Conv, answered_after_a_decline, declined, make_db

from c2q_shell.server.engine import Engine


@pytest.fixture(scope="module")
def promo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("promo") / "promo.sqlite"
    rows = []
    for i in range(1, 61):
        day = f"2025-{1 + i % 3:02d}-{1 + i % 28:02d}"
        rows.append(f"({i}, {1 + i % 4}, '{day}', {1000 + 37 * i}, {20 + i % 9}, {1500 + 11 * i}, {i % 5}, "
                    f"{(i % 5) * (900 + i)})")
    mails = [f"({i}, {1 + i % 4}, '{1 + i % 28:02d}/{1 + i % 12:02d}/2025', "
             f"'{('The Rates', 'Big Savings', 'Hidden Deals')[i % 3]}', {900 + 13 * i}, {300 + 5 * i}, {20 + i % 7})"
             for i in range(1, 31)]
    return make_db(path, f"""
    CREATE TABLE promos (promo_id INTEGER PRIMARY KEY, promo_name TEXT, medium TEXT, budget_cents INTEGER);
    CREATE TABLE promo_days (day_id INTEGER PRIMARY KEY, promo_id INTEGER REFERENCES promos(promo_id),
                             stat_day TEXT, views INTEGER, clicks INTEGER, cost_cents INTEGER, orders INTEGER,
                             sales_cents INTEGER);
    INSERT INTO promos VALUES (1,'Winter Push','Radio',5000),(2,'Spring Teaser','Radio',7000),
                              (3,'Loyalty Blast','Email',3000),(4,'Flash Deal','Email',4000);
    INSERT INTO promo_days VALUES {", ".join(rows)};
    CREATE TABLE mailings (mailing_id INTEGER PRIMARY KEY, promo_id INTEGER REFERENCES promos(promo_id),
                           sent_on TEXT, subject TEXT, delivered INTEGER, opens INTEGER, clicks INTEGER);
    INSERT INTO mailings VALUES {", ".join(mails)};
    """)


def one(path, sql: str):
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchone()[0]


def test_return_on_spend_is_income_over_spend_never_the_spend_alone(promo_db):
    c = Conv(promo_db)
    c.ask("What's the return on spend for each medium?")
    want = dict(sqlite3.connect(promo_db).execute(
        "SELECT p.medium, SUM(d.sales_cents) * 1.0 / SUM(d.cost_cents) FROM promo_days d "
        "JOIN promos p ON p.promo_id = d.promo_id GROUP BY p.medium").fetchall())
    assert {r[0]: round(float(r[-1]), 6) for r in c.rows} == {k: round(v, 6) for k, v in want.items()}
    c = Conv(promo_db)
    c.ask("which promo has the best return on ad spend?")
    assert c.rows[0][0] == one(promo_db, "SELECT p.promo_name FROM promo_days d JOIN promos p ON "
                                         "p.promo_id = d.promo_id GROUP BY p.promo_id "
                                         "ORDER BY SUM(d.sales_cents) * 1.0 / SUM(d.cost_cents) DESC LIMIT 1")
    c = Conv(promo_db)
    c.ask("which promo has the best ROI?")      # (income - spend) / spend ranks as income / spend does
    assert c.rows[0][0] == one(promo_db, "SELECT p.promo_name FROM promo_days d JOIN promos p ON "
                                         "p.promo_id = d.promo_id GROUP BY p.promo_id ORDER BY "
                                         "(SUM(d.sales_cents) - SUM(d.cost_cents)) * 1.0 / SUM(d.cost_cents) DESC LIMIT 1")
    assert "'roi'" in declined(Conv(promo_db), "ROI by medium")      # its figure is not income / spend
    # a return on something that names no spend column, or on investment, is declined, never a total
    assert "'return'" in declined(Conv(promo_db), "What's the return on investment for each medium?")


def test_a_rate_of_a_count_is_that_count_over_its_base_never_a_value_holding_rate(promo_db):
    c = Conv(promo_db)
    c.ask("What's our overall open rate across every mailing we've sent?")     # no 'The Rates', no sent_on
    assert len(c.rows) == 1
    assert float(c.rows[0][-1]) == pytest.approx(one(promo_db, "SELECT SUM(opens) * 1.0 / SUM(delivered) FROM mailings"))
    c = Conv(promo_db)
    c.ask("click-to-open rate by promo")
    want = dict(sqlite3.connect(promo_db).execute(
        "SELECT p.promo_name, SUM(m.clicks) * 1.0 / SUM(m.opens) FROM mailings m "
        "JOIN promos p ON p.promo_id = m.promo_id GROUP BY p.promo_name").fetchall())
    assert {r[0]: pytest.approx(float(r[-1])) for r in c.rows} == want
    # clicks of mailings (over delivered) or of promo days (over views): declined, never one of them
    assert "'rate'" in declined(Conv(promo_db), "what's the click-through rate for each medium?")
    # orders over views or over clicks: two bases, so declined naming 'rate'
    assert "'rate'" in declined(Conv(promo_db), "what was the order rate in February?")


@pytest.fixture(scope="module")
def referrals_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("referrals") / "referrals.sqlite"
    orders = [f"('R{i}', {1 + i % 3}, {20 + i * 3.5}, '{('pending', 'approved', 'reversed')[i % 3]}')"
              for i in range(1, 31)]
    days = [f"('2025-{1 + (i // 3) % 3:02d}-{1 + i % 28:02d}', {1 + i % 3}, {i % 6}, {10 + i})" for i in range(1, 61)]
    return make_db(path, f"""
    CREATE TABLE Affiliates (AffiliateID INTEGER PRIMARY KEY, AffiliateName TEXT);
    CREATE TABLE TrackedOrders (OrderRef TEXT PRIMARY KEY, AffiliateID INTEGER REFERENCES Affiliates(AffiliateID),
                                OrderValue REAL, Status TEXT);
    CREATE TABLE daily_stats (stat_date TEXT, affiliate_id INTEGER REFERENCES Affiliates(AffiliateID),
                              signups INTEGER, visits INTEGER, PRIMARY KEY (stat_date, affiliate_id));
    INSERT INTO Affiliates VALUES (1, 'DealHunter'), (2, 'SaveMore'), (3, 'PennyWise');
    INSERT INTO TrackedOrders VALUES {", ".join(orders)};
    INSERT INTO daily_stats VALUES {", ".join(days)};
    """)


def test_how_many_orders_counts_rows_and_how_many_signups_totals_the_count(referrals_db):
    c = Conv(referrals_db)
    c.ask("How many pending orders does SaveMore have?")      # 'orders' names OrderValue only in part
    assert int(c.rows[0][0]) == one(referrals_db, "SELECT COUNT(*) FROM TrackedOrders WHERE AffiliateID = 2 "
                                                  "AND Status = 'pending'")
    c = Conv(referrals_db)
    c.ask("how many signups did DealHunter get in February?")     # a total over the days, never the rows
    assert len(c.rows) == 1
    assert int(c.rows[0][-1]) == one(referrals_db, "SELECT SUM(signups) FROM daily_stats WHERE affiliate_id = 1 "
                                                   "AND stat_date LIKE '2025-02%'")


def test_last_month_is_the_whole_month_before_the_newest_one_as_last_year_is(promo_db):
    # the newest stat_day lies inside March 2025: 'this month' is March, 'last month' all of February
    c = Conv(promo_db)
    c.ask("total orders last month")
    assert int(c.rows[0][-1]) == one(promo_db, "SELECT SUM(orders) FROM promo_days WHERE stat_day LIKE '2025-02%'")
    assert "February 2025" in str(c.res.tasks[-1].assumptions)
    c = Conv(promo_db)
    c.ask("total orders this month")
    assert int(c.rows[0][-1]) == one(promo_db, "SELECT SUM(orders) FROM promo_days WHERE stat_day LIKE '2025-03%'")


def test_a_bare_noun_after_a_declined_round_is_declined_never_the_whole_table(referrals_db):
    c = Conv(referrals_db)
    with pytest.raises(Engine.CannotAnswer) as e:
        answered_after_a_decline(c, "which affiliates went bankrupt this year", "affiliates?")
    assert "'affiliates'" in str(e.value) and "not answered" in str(e.value)
    c = Conv(referrals_db)
    c.ask("affiliates?")                  # asked first, it is a question of its own: every affiliate
    assert len(c.rows) == 3


def test_a_yr_column_is_the_rows_year(tmp_path):
    path = tmp_path / "weekly.sqlite"
    rows = [f"({i}, {2023 + i % 2}, {1 + i % 52}, '{('FR', 'US')[i % 3 == 0]}', {10 + i})" for i in range(1, 81)]
    make_db(path, f"""
    CREATE TABLE WeeklySales (SaleID INTEGER PRIMARY KEY, Yr INTEGER, Wk INTEGER, Country TEXT, SaleValue REAL);
    INSERT INTO WeeklySales VALUES {", ".join(rows)};
    """)
    c = Conv(path)
    c.ask("average sale value by country in 2024")      # Yr is the year: 'in 2024' keeps its rows
    want = dict(sqlite3.connect(path).execute(
        "SELECT Country, AVG(SaleValue) FROM WeeklySales WHERE Yr = 2024 GROUP BY Country").fetchall())
    assert {r[0]: pytest.approx(float(r[-1])) for r in c.rows} == want


def test_spent_names_the_spend_column_never_the_income_beside_it(tmp_path):
    path = tmp_path / "spend.sqlite"
    make_db(path, """
    CREATE TABLE ad_days (day_id INTEGER PRIMARY KEY, channel TEXT, spend_cents INTEGER, revenue_cents INTEGER);
    INSERT INTO ad_days VALUES (1,'Radio',500,900),(2,'Radio',700,100),(3,'Print',300,1200),(4,'Print',100,50);
    """)
    c = Conv(path)
    c.ask("How much have we spent on each channel in total?")
    assert {r[0]: int(r[-1]) for r in c.rows} == {"Radio": 1200, "Print": 400}



def test_which_day_groups_by_the_dates_of_the_rows(tmp_path):
    path = tmp_path / "stats.sqlite"
    make_db(path, """
    CREATE TABLE banners (banner_id INTEGER PRIMARY KEY, banner_name TEXT);
    CREATE TABLE banner_stats (stat_date TEXT, banner_id INTEGER REFERENCES banners(banner_id), spend INTEGER,
                               PRIMARY KEY (stat_date, banner_id));
    INSERT INTO banners VALUES (1, 'Top'), (2, 'Side');
    INSERT INTO banner_stats VALUES ('2025-01-01',1,90),('2025-01-01',2,5),('2025-01-02',1,50),('2025-01-02',2,60),
                                    ('2025-01-03',1,70),('2025-01-03',2,10);
    """)
    c = Conv(path)
    c.ask("Which day did we spend the most across all banners?")     # the day's total, not one banner's row
    assert [r[0] for r in c.rows] == ["2025-01-02"]


def test_an_amount_with_a_currency_sign_against_a_cents_column_is_in_cents(promo_db):
    c = Conv(promo_db)
    c.ask("promos with a budget over $45")              # budget_cents: $45 is 4500 cents
    assert sorted(r[0] for r in c.rows) == ["Spring Teaser", "Winter Push"]
    assert "4500" in str(c.res.tasks[-1].assumptions)
    c = Conv(promo_db)
    c.ask("promos with total cost cents over $275")     # a bound on the total, in cents too
    want = {r[0] for r in sqlite3.connect(promo_db).execute(
        "SELECT p.promo_name FROM promo_days d JOIN promos p ON p.promo_id = d.promo_id GROUP BY p.promo_id "
        "HAVING SUM(d.cost_cents) > 27500")}
    assert {r[0] for r in c.rows} == want and len(want) == 2
