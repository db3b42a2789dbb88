"""What a question word asks for. 'where' asks for a place (every place column of its kind, or a
decline); 'who' for persons, also when they are named by one full-name column; 'the most' with no
thing named is never a price; 'X compared with Y' is one row each, also for named rows; a year
said of rows whose only date is when they came to be, with no word of coming to be, is declined; a
breakdown a row *had* is an event, not a split of the rows."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db, rows


@pytest.fixture(scope="module")
def pests_db(tmp_path_factory):
    visits = ", ".join(f"({i}, {1 + i % 3}, '{'BCR'[i % 3]}', {40 + (i * 7) % 90}, '2024-0{1 + i % 9}-1{i % 9}')"
                       for i in range(1, 61))
    crews = ", ".join(f"({i}, {1 + i % 4})" for i in range(1, 61))
    return make_db(tmp_path_factory.mktemp("pests") / "pests.sqlite", f"""
    CREATE TABLE pest_types (pest_code TEXT PRIMARY KEY, pest_name TEXT);
    CREATE TABLE sites (site_id INTEGER PRIMARY KEY, site_name TEXT, town TEXT);
    CREATE TABLE technicians (technician_id INTEGER PRIMARY KEY, full_name TEXT, hire_date TEXT);
    CREATE TABLE visits (visit_id INTEGER PRIMARY KEY, site_id INTEGER REFERENCES sites(site_id),
                         pest_code TEXT REFERENCES pest_types(pest_code), charge_amount REAL, visit_date TEXT);
    CREATE TABLE visit_technicians (visit_id INTEGER REFERENCES visits(visit_id),
                                    technician_id INTEGER REFERENCES technicians(technician_id));
    INSERT INTO pest_types VALUES ('B', 'Bed Bugs'), ('C', 'Cockroaches'), ('R', 'Rats');
    INSERT INTO sites VALUES (1, 'Mill Farm', 'Ely'), (2, 'Old Bakery', 'Ely'), (3, 'Dock Shed', 'Hull');
    INSERT INTO technicians VALUES (1, 'Ann Lee', '2019-01-02'), (2, 'Bo Chan', '2020-03-04'),
                                   (3, 'Cy Ford', '2021-05-06'), (4, 'Di Park', '2022-07-08');
    INSERT INTO visits VALUES {visits};
    INSERT INTO visit_technicians VALUES {crews};
    CREATE TABLE service_codes (service_code TEXT PRIMARY KEY, service_name TEXT, unit_price REAL);
    CREATE TABLE order_services (order_id INTEGER, service_code TEXT REFERENCES service_codes(service_code),
                                 quantity INTEGER);
    INSERT INTO service_codes VALUES ('W', 'Wash', 3.5), ('D', 'Dry cleaning', 9.0), ('I', 'Ironing', 2.0);
    INSERT INTO order_services VALUES (1, 'W', 5), (2, 'W', 4), (3, 'I', 2), (4, 'D', 1);
    """)


@pytest.fixture(scope="module")
def firms_db(tmp_path_factory):
    firms = ", ".join(f"({i}, 'Firm {i}', '{['Austin', 'Dallas', 'Boston'][i % 3]}', "
                      f"'{['Texas', 'Texas', 'Massachusetts'][i % 3]}', {1850 + i * 3}, {5 + i % 40})"
                      for i in range(1, 41))
    return make_db(tmp_path_factory.mktemp("firms") / "firms.sqlite", f"""
    CREATE TABLE firms (firm_id INTEGER PRIMARY KEY, name TEXT, hq_city TEXT, hq_state TEXT,
                        founded INTEGER, pe_ratio REAL);
    INSERT INTO firms VALUES {firms};
    """)


def test_where_shows_every_place_column_of_its_kind(firms_db):
    c = Conv(firms_db).ask("which firm is the oldest?").ask("where is it headquartered?")
    assert c.rows and {"hq_city", "hq_state"} <= set(c.cols)
    assert (c.rows[0][c.cols.index("hq_city")], c.rows[0][c.cols.index("hq_state")]) == \
        rows(firms_db, "SELECT hq_city, hq_state FROM firms ORDER BY founded LIMIT 1")[0]


def test_where_with_no_place_in_the_answer_is_declined(pests_db):
    assert "'where'" in declined(Conv(pests_db), "where were the cockroach visits?")


def test_who_asks_for_persons_named_by_a_full_name(pests_db):
    assert "'who'" in declined(Conv(pests_db), "Who's worked on the visits at Mill Farm?")


def test_the_most_of_a_thing_is_never_its_price(pests_db):
    msg = declined(Conv(pests_db), "Which service do we do the most of?")
    assert "'most'" in msg and "unit_price is a price" in msg
    c = Conv(pests_db).ask("which service has the highest unit price?")      # the price named: as before
    assert c.rows[0][0] == "Dry cleaning"


def test_named_rows_compared_are_one_row_each(pests_db):
    c = Conv(pests_db).ask("What do we charge on average for bed bugs compared with cockroaches?")
    want = rows(pests_db, "SELECT p.pest_name, AVG(v.charge_amount) FROM visits v JOIN pest_types p "
                          "ON p.pest_code = v.pest_code WHERE p.pest_code IN ('B', 'C') GROUP BY p.pest_name")
    assert sorted((n, float(v)) for n, v in c.rows) == sorted(want) and len(want) == 2


def test_a_year_of_rows_dated_only_by_their_founding_needs_the_word(firms_db):
    for q in ("firms with a P/E above 10 in 1901", "how many firms in 1901?"):
        assert "'1901' is a time, and the only date the engine could use is firms.founded" in declined(Conv(firms_db), q)
    c = Conv(firms_db).ask("how many firms were founded in 1901?")          # said: the founding year
    assert int(c.rows[0][0]) == rows(firms_db, "SELECT COUNT(*) FROM firms WHERE founded = 1901")[0][0] == 1
    c = Conv(firms_db).ask("firms established before 1880")
    assert len(c.rows) == rows(firms_db, "SELECT COUNT(*) FROM firms WHERE founded < 1880")[0][0] > 0


def test_a_breakdown_had_is_an_event_not_a_split(pests_db):
    assert "'breakdown'" in declined(Conv(pests_db), "which sites had a breakdown last month?")
    c = Conv(pests_db).ask("give me a breakdown of visits by pest name")     # a split: as before
    assert len(c.rows) == 3
