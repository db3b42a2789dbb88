"""A data scientist's SQL-minded phrasing with the schema's own column names: '<key> with the max
<measure>', 'max(col), with the <column>', 'the most negative <measure>', 'count X by Y, top N desc'
and 'rows where … is null' after it. Right or declined, never another question's rows."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db, rows


@pytest.fixture(scope="module")
def shop_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("shop") / "shop.sqlite"
    return make_db(path, """
    CREATE TABLE items (sku TEXT PRIMARY KEY, title TEXT, category TEXT, region TEXT);
    CREATE TABLE stats (sku TEXT PRIMARY KEY REFERENCES items(sku), height REAL, ratio REAL, revenue REAL);
    CREATE TABLE series (period TEXT PRIMARY KEY, level REAL, yield_pct REAL);
    INSERT INTO items VALUES ('A1','Anvil','Tools','North'),('B2','Bolt','Tools','North'),
        ('C3','Crate','Storage','North'),('D4','Drill','Tools','South'),('E5','Easel','Art','South'),
        ('F6','Frame','Art','East'),('G7','Gauge','Tools',NULL),('H8','Hinge','Storage','North');
    INSERT INTO stats VALUES ('A1', 120.5, 2.5, 9000),('B2', 80.0, -1.5, 12000),('C3', 300.25, 0.8, 500),
        ('D4', 95.0, -4.25, 7000),('E5', 60.0, -0.5, 800),('F6', 150.0, 3.1, 40000),('G7', 45.0, 1.2, 300),
        ('H8', 70.0, 0.4, 2500);
    INSERT INTO series VALUES ('2020-01-01', 10.5, 1.2),('2020-02-01', 14.25, 1.1),('2020-03-01', 12.0, 1.4),
        ('2020-04-01', 9.75, 1.6);
    """)


def test_a_key_with_the_max_of_a_measure_is_the_row_holding_it(shop_db):
    c = Conv(shop_db).ask("sku with the max height overall")
    assert "GROUP BY" not in c.sql.upper() and "SUM(" not in c.sql.upper()
    assert [r[c.cols.index("sku")] for r in c.rows] == ["C3"]
    c = Conv(shop_db).ask("period with the min level")
    assert [r[c.cols.index("period")] for r in c.rows] == ["2020-04-01"]


def test_max_of_a_column_with_another_column_shows_the_row_holding_it(shop_db):
    c = Conv(shop_db).ask("max(level) in series, with the period")
    assert len(c.rows) == 1 and "period" in c.cols
    assert c.rows[0][c.cols.index("period")] == "2020-02-01"
    assert float(c.rows[0][c.cols.index("level")]) == 14.25
    c = Conv(shop_db).ask("max(level) in series")           # the aggregate alone stays the aggregate
    assert float(c.rows[0][0]) == 14.25 and len(c.cols) == 1


def test_the_most_negative_measure_ranks_by_that_measure_lowest_first(shop_db):
    c = Conv(shop_db).ask("which sku has the most negative ratio?")
    assert [r[c.cols.index("sku")] for r in c.rows] == ["D4"]
    c = Conv(shop_db).ask("which sku has the least negative ratio?")
    assert [r[c.cols.index("sku")] for r in c.rows] == ["E5"]


def test_count_by_a_column_then_top_n_desc_ranks_the_counts(shop_db):
    c = Conv(shop_db).ask("count items by region, top 2 desc")
    want = rows(shop_db, "SELECT region, COUNT(*) FROM items GROUP BY region ORDER BY COUNT(*) DESC LIMIT 2")
    assert "GROUP BY" in c.sql.upper()
    assert [(r[0], int(r[1])) for r in c.rows] == want
    # the rows asked right after are rows of the table, not the groups nor the top 2 kept
    c.ask("rows where region is null")
    assert "GROUP BY" not in c.sql.upper() and "LIMIT" not in c.sql.upper()
    assert [r[c.cols.index("sku")] for r in c.rows] == ["G7"]


def test_rows_after_groups_kept_to_a_condition_are_declined(shop_db):
    c = Conv(shop_db).ask("count items in Tools by region")
    reason = declined(c, "rows where region is null")
    assert "conditions" in reason


def test_order_by_it_is_the_one_figure_the_question_computes(shop_db):
    c = Conv(shop_db).ask("sum(revenue) by category, order by it desc")
    want = rows(shop_db, "SELECT i.category, SUM(s.revenue) FROM items i JOIN stats s ON s.sku = i.sku "
                         "GROUP BY i.category ORDER BY SUM(s.revenue) DESC")
    assert [(r[0], float(r[1])) for r in c.rows] == want


def test_sql_having_after_a_grouping_is_the_groups_condition(shop_db):
    c = Conv(shop_db).ask("group by category having count(*) > 2, with the counts")
    want = rows(shop_db, "SELECT category, COUNT(*) FROM items GROUP BY category HAVING COUNT(*) > 2")
    assert sorted((r[0], int(r[1])) for r in c.rows) == sorted(want)
    assert len(c.cols) == 2                 # the count said twice is shown once


def test_group_those_by_a_column_groups_the_rows_counted_before(shop_db):
    c = Conv(shop_db).ask("count rows in stats where ratio < 0")
    c.ask("group those by category")
    want = rows(shop_db, "SELECT i.category, COUNT(*) FROM items i JOIN stats s ON s.sku = i.sku "
                         "WHERE s.ratio < 0 GROUP BY i.category")
    assert sorted((r[0], int(r[1])) for r in c.rows) == sorted(want)


def test_a_year_then_onwards_is_since_that_year(shop_db):
    c = Conv(shop_db).ask("avg level from 2020 onwards")
    assert ">= '2020-01-01'" in c.sql
    c = Conv(shop_db).ask("count of rows in series by month of period, 2020 onwards")
    assert ">= '2020-01-01'" in c.sql and "GROUP BY" in c.sql.upper()
