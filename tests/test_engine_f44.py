"""Wrong answers of the stock demo's held-out set (batch 28), each removed as a general rule on a
schema the test builds itself. Right or declined, never another answer."""
from __future__ import annotations

from test_engine import Conv, declined, make_db

SERIES = """
CREATE TABLE gold_monthly (month TEXT PRIMARY KEY, gold_price REAL, volume INTEGER);
INSERT INTO gold_monthly VALUES ('2021-01-01',100,5),('2021-06-01',150,6),('2021-12-01',140,7),
  ('2022-01-01',160,4),('2022-06-01',170,3),('2022-12-01',150,3);
CREATE TABLE reviews (review_id INTEGER PRIMARY KEY, review_date TEXT, rating REAL);
INSERT INTO reviews VALUES (1,'2021-01-05',4),(2,'2021-01-09',2),(3,'2021-02-01',5),(4,'2021-02-11',5),
  (5,'2022-03-01',1);
"""


def test_the_worst_year_for_a_level_series_is_never_its_lowest_average(tmp_path):
    # a series (one row per month): the worst year for a level is how it changed over the year
    # (2022 fell 160 → 150), never the year of the lowest average (2021); no rule computes that
    # change, so declined naming the word
    path = make_db(tmp_path / "gold.sqlite", SERIES)
    for q, word in (("What was the worst year for the gold price?", "'worst'"),
                    ("What was the best year for the gold price since 2021?", "'best'"),
                    ("Which month was the strongest for the gold price?", "'strongest'")):
        why = declined(Conv(path), q)
        assert word in why and "changed over" in why, (q, why)
    # said as an average, it is that average
    c = Conv(path).ask("Which year had the lowest average gold price?")
    assert [str(r[0]) for r in c.rows] == ["2021"]
    # an amount adds up over the year: the best year is the largest total
    c = Conv(path).ask("What was the best year for volume?")
    assert [str(r[0]) for r in c.rows] == ["2021"]
