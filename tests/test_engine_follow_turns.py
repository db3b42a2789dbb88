"""Follow-ups that turn, widen or swap what the answer before asked, and a few conditions said by a
verb or a plural: 'and the cheapest?' after a ranking keeps its measure; 'and the <group> average?'
after one named row's figure drops the row's name; 'instead' with a condition on another measure
replaces the earlier one; 'which clubs have closed?' is the closing date set; 'the most upgrades'
counts the rows with the flag set (declined over a table of validity periods unless 'now' is said);
'how many did we …' right after a round not answered is declined. The schema is built here."""
from __future__ import annotations

import pytest
from test_engine import Conv, answered_after_a_decline, declined, make_db, rows

from c2q_shell.server.engine import Engine


@pytest.fixture(scope="module")
def wine_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("wine") / "wine.sqlite"
    wines = ",".join(
        f"({i},'Wine {i:02d}','{('Red', 'White', 'Rose')[i % 3]}',{10 + (i * 7) % 40}.5,{(i * 13) % 30 - 6},"
        f"{(i * 5) % 17 - 4},{1 + (i * 11) % 9})" for i in range(1, 31))
    return make_db(path, f"""
    CREATE TABLE wines (wine_id INTEGER PRIMARY KEY, wine_name TEXT, colour TEXT, price REAL, margin REAL,
                        net_score REAL, cellar_ratio REAL);
    INSERT INTO wines VALUES {wines};
    CREATE TABLE clubs (club_id INTEGER PRIMARY KEY, club_name TEXT, club_type TEXT, opened_on TEXT, closed_on TEXT);
    INSERT INTO clubs VALUES (1,'North','tasting','2020-01-05',NULL),(2,'South','tasting','2020-03-01','2024-06-30'),
      (3,'East','dining','2021-02-01',NULL),(4,'West','dining','2021-05-01','2025-01-31'),
      (5,'Harbour','tasting','2022-01-01','2025-09-30'),(6,'Hill','dining','2023-01-01',NULL);
    CREATE TABLE members (member_id INTEGER PRIMARY KEY, member_name TEXT, club_id INTEGER REFERENCES clubs(club_id));
    INSERT INTO members VALUES {",".join(f"({i},'M{i}',{1 + i % 6})" for i in range(1, 40))};
    CREATE TABLE tiers (member_id INTEGER REFERENCES members(member_id), channel TEXT, valid_from TEXT,
                        valid_to TEXT, is_upgrade INTEGER);
    INSERT INTO tiers VALUES {",".join(
        f"({1 + i % 39},'{('web', 'shop', 'phone')[i % 3 if i % 5 else 0]}','2024-0{1 + i % 9}-01',"
        f"{'NULL' if i % 3 == 0 else repr(f'2025-0{1 + i % 9}-01')},{(i * 7) % 3 == 0 and 1 or 0})"
        for i in range(1, 60))};
    CREATE TABLE moves (move_id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members(member_id),
                        region TEXT, is_transfer INTEGER);
    INSERT INTO moves VALUES {",".join(f"({i},{1 + i % 39},'{('north', 'south', 'west')[i % 3]}',"
                                       f"{(i * 5) % 4 == 0 and 1 or 0})" for i in range(1, 50))};
    """)


def test_bare_opposite_superlative_keeps_the_rankings_measure(wine_db):
    c = Conv(wine_db).ask("which colour has the highest average cellar ratio?")
    c.ask("and the cheapest?")
    ref = rows(wine_db, "SELECT colour FROM wines GROUP BY colour ORDER BY AVG(cellar_ratio) ASC LIMIT 1")[0][0]
    assert c.rows[0][0] == ref
    assert "price" not in c.sql


def test_group_average_after_one_named_rows_figure_drops_the_name(wine_db):
    c = Conv(wine_db).ask("what is the margin of Wine 04?")
    c.ask("and the Red colour average?")
    assert "Wine 04" not in c.sql
    ref = rows(wine_db, "SELECT AVG(margin) FROM wines WHERE colour = 'Red'")[0][0]
    assert round(float(c.rows[0][-1]), 6) == round(ref, 6)


def test_instead_replaces_a_condition_on_another_measure(wine_db):
    c = Conv(wine_db).ask("which wines have a negative margin?")
    c.ask("now the ones with a negative net score instead")
    assert "margin" not in c.sql.split("WHERE")[1]
    got = sorted(r[0] for r in c.rows)
    assert got == sorted(r[0] for r in rows(wine_db, "SELECT wine_name FROM wines WHERE net_score < 0"))


def test_rows_said_to_have_closed_are_those_with_the_date_set(wine_db):
    got = sorted(r[0] for r in Conv(wine_db).ask("which tasting clubs have closed?").rows)
    assert got == sorted(r[0] for r in rows(wine_db, "SELECT club_name FROM clubs WHERE club_type = 'tasting' "
                                                     "AND closed_on IS NOT NULL"))
    c = Conv(wine_db).ask("how many clubs have closed?")
    assert c.rows[0][0] in (3, "3")


def test_the_most_of_a_flag_counts_the_rows_with_it_set(wine_db):
    c = Conv(wine_db).ask("which region has the most transfers?")
    assert "AVG" not in c.sql.upper()
    ref = rows(wine_db, "SELECT COUNT(*) FROM moves WHERE is_transfer = 1 GROUP BY region ORDER BY 1 DESC LIMIT 1")
    assert int(c.rows[0][-1]) == ref[0][0]


def test_the_most_of_a_flag_over_validity_periods_is_declined_unless_now(wine_db):
    assert "period of validity" in declined(Conv(wine_db), "which channel has the most upgrades?")
    c = Conv(wine_db).ask("which channel has the most upgrades right now?")
    ref = rows(wine_db, "SELECT COUNT(*) FROM tiers WHERE is_upgrade = 1 AND valid_to IS NULL GROUP BY channel "
                        "ORDER BY 1 DESC LIMIT 1")
    assert int(c.rows[0][-1]) == ref[0][0]


def test_how_many_did_we_after_a_decline_is_declined(wine_db):
    c = Conv(wine_db)
    with pytest.raises(Engine.CannotAnswer) as e:
        answered_after_a_decline(c, "what did the Rioja fetch at auction?", "how many did we sell at each price?")
    assert "how many did we" in str(e.value)
