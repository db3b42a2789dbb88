"""Follow-up rounds (batch 17): what a follow-up points at after a declined round, what 'ones'
and 'it' stand for, a noun that only shares a verb's stem with a column, and a question asking
for words written. Each on a small schema of its own; right or declined."""
from __future__ import annotations

import pytest
from test_engine import Conv, answered_after_a_decline, declined, make_db, rows

from c2q_shell.server.engine import Engine


@pytest.fixture(scope="module")
def shop_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("gifts") / "gifts.sqlite"
    return make_db(path, """
    CREATE TABLE gifts (gift_id INTEGER PRIMARY KEY, giver TEXT, method TEXT, amount REAL, given_on TEXT);
    CREATE TABLE contractors (contractor_id INTEGER PRIMARY KEY, full_name TEXT, craft TEXT, hourly_fee REAL,
                         is_agency INTEGER);
    CREATE TABLE jobs (job_id INTEGER PRIMARY KEY, job_kind TEXT);
    CREATE TABLE shifts (job_id INTEGER REFERENCES jobs(job_id), contractor_id INTEGER REFERENCES contractors(contractor_id),
                         hours_worked REAL);
    CREATE TABLE teas (tea_id INTEGER PRIMARY KEY, tea_name TEXT, origin TEXT, is_fairtrade INTEGER,
                       harvest_year INTEGER);
    CREATE TABLE stays (stay_id INTEGER PRIMARY KEY, visitor TEXT, region TEXT, nights INTEGER,
                        rating INTEGER);
    INSERT INTO gifts VALUES (1,'A','Card',10,'2024-01-05'),(2,'B','Cash',30,'2024-02-05'),
                             (3,'C','Card',50,'2023-03-05'),(4,'D','Cheque',5,'2024-04-05');
    INSERT INTO contractors VALUES (1,'Ann','Plumber',300,1),(2,'Bo','Plumber',200,0),(3,'Cy','Painter',150,1);
    INSERT INTO jobs VALUES (1,'Kitchen'),(2,'Bath'),(3,'Loft');
    INSERT INTO shifts VALUES (1,1,3),(2,1,4),(2,2,1),(3,3,2);
    INSERT INTO teas VALUES (1,'Sencha','Japan',1,2019),(2,'Gyokuro','Japan',0,2015),(3,'Assam','India',1,2021),
                            (4,'Matcha','Japan',1,2021),(5,'Darjeeling','India',0,2018);
    INSERT INTO stays VALUES (1,'Ann','North',2,5),(2,'Bo','South',3,4),(3,'Cy','North',1,3),(4,'Di','South',4,5);
    """)



def test_a_share_naming_no_whole_after_a_declined_round_is_declined(shop_db):
    c = Conv(shop_db)
    with pytest.raises(Engine.CannotAnswer) as e:
        answered_after_a_decline(c, "break 2024 down by giving channel", "what share came by card?")
    assert "'share'" in str(e.value) and "was not answered" in str(e.value)
    # a share that names its whole stands on its own
    res = answered_after_a_decline(c, "break 2024 down by giving channel", "what share of gifts came by card?")
    assert res.tasks[-1].sql


def test_a_preposition_led_fragment_after_a_declined_round_is_declined(shop_db):
    c = Conv(shop_db)
    with pytest.raises(Engine.CannotAnswer) as e:
        answered_after_a_decline(c, "how many hours has our dearest plumber logged?", "on how many different jobs?")
    assert "'on how many'" in str(e.value)


def test_a_noun_sharing_only_a_participles_stem_names_no_column(shop_db):
    # 'hours_worked' ends in a participle: 'staff' (a synonym of 'workers', which shares the
    # stem 'work') does not name it
    c = Conv(shop_db)
    c.ask("List the contractors who are agency")
    c.ask("what's their average hourly fee?")
    why = declined(c, "and for our own staff?")
    assert "staff" in why


def test_the_value_ones_replaces_the_condition_said_of_the_rows(shop_db):
    c = Conv(shop_db)
    c.ask("how many of our teas are fairtrade?")
    c.ask("what's the average harvest year of the Japanese ones?")
    assert float(c.rows[0][0]) == rows(shop_db, "SELECT AVG(harvest_year) FROM teas WHERE origin = 'Japan'")[0][0]
    c = Conv(shop_db)
    c.ask("how many of our teas are fairtrade?")
    c.ask("what's the average harvest year of those from Japan?")       # 'those': the rows shown
    assert float(c.rows[0][0]) == rows(
        shop_db, "SELECT AVG(harvest_year) FROM teas WHERE origin = 'Japan' AND is_fairtrade = 1")[0][0]
    c = Conv(shop_db)
    c.ask("how many of our teas are fairtrade?")
    c.ask("which of the Japanese ones is the oldest?")          # 'which of': some of the rows shown
    assert [r[0] for r in c.rows] == ["Sencha"]
    c = Conv(shop_db)
    c.ask("how many fairtrade teas come from Japan?")
    c.ask("what's the average harvest year of the Japanese ones?")  # the value already asked: the rows shown
    assert float(c.rows[0][0]) == rows(
        shop_db, "SELECT AVG(harvest_year) FROM teas WHERE origin = 'Japan' AND is_fairtrade = 1")[0][0]


def test_it_before_a_comparison_is_the_figure_shown(shop_db):
    c = Conv(shop_db)
    c.ask("Average nights by region")
    c.ask("only show the regions where it's above 2")
    assert sorted((r[0], float(r[1])) for r in c.rows) == sorted(rows(
        shop_db, "SELECT region, AVG(nights) FROM stays GROUP BY region HAVING AVG(nights) > 2"))
    c.ask("which region has the highest?")
    assert [r[0] for r in c.rows] == ["South"]


def test_what_was_written_is_declined_when_only_a_number_holds_it(shop_db):
    c = Conv(shop_db)
    why = declined(c, "what did visitors write in the ratings?")
    assert "'write'" in why


def test_it_before_a_comparison_after_several_figures_is_declined(shop_db):
    c = Conv(shop_db)
    c.ask("Average nights and average rating by region")
    why = declined(c, "only show the regions where it's above 2")
    assert "above" in why
