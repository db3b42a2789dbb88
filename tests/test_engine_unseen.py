"""General rules found by measuring the engine on databases it was never tuned on
(bench/heldout): each is checked here on a schema of its own — sensors that log readings with a
time of day, a flag column, a table with one measure. Right or declined, never another answer."""
from __future__ import annotations

import sqlite3

import pytest
from test_engine import Conv, declined, make_db

from c2q_shell.server.engine import Engine


@pytest.fixture(scope="module")
def sensors_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("sensors") / "sensors.sqlite"
    rows = []
    for i in range(1, 41):
        day = f"202{3 + i % 2}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        rows.append(f"({i}, {1 + i % 4}, '{day} {i % 24:02d}:{i % 60:02d}:00', {10 + i * 0.5}, "
                    f"'{('low', 'high')[i % 2]}')")
    # the last evening of 2024 and the first minute of 2025 sit on the edges of a year
    rows.append("(41, 1, '2024-12-31 22:15:00', 99.5, 'high')")
    rows.append("(42, 2, '2025-01-01 00:00:00', 12.0, 'low')")
    return make_db(path, f"""
    CREATE TABLE devices (device_id INTEGER PRIMARY KEY, device_name TEXT, site TEXT, is_active INTEGER,
                          capacity INTEGER);
    CREATE TABLE events (event_id INTEGER PRIMARY KEY, device_id INTEGER REFERENCES devices(device_id),
                         logged_at TEXT, reading REAL, severity TEXT);
    INSERT INTO devices VALUES (1,'Kestrel','North',1,120),(2,'Heron','North',0,80),(3,'Osprey','South',1,200),
                               (4,'Plover','South',0,60);
    INSERT INTO events VALUES {", ".join(rows)};
    """)


def one(path, sql: str):
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchone()[0]


def test_a_year_of_a_column_with_times_of_day_keeps_its_last_evening(sensors_db):
    c = Conv(sensors_db)
    c.ask("how many events were logged in 2024?")
    assert int(c.rows[0][0]) == one(sensors_db, "SELECT COUNT(*) FROM events WHERE logged_at LIKE '2024%'")
    c = Conv(sensors_db)
    c.ask("number of events per month in 2024")
    assert sum(int(r[-1]) for r in c.rows) == one(sensors_db, "SELECT COUNT(*) FROM events WHERE logged_at LIKE '2024%'")
    c = Conv(sensors_db)
    c.ask("how many events after 2024?")
    assert int(c.rows[0][0]) == one(sensors_db, "SELECT COUNT(*) FROM events WHERE logged_at >= '2025-01-01'")


def test_a_named_column_the_answer_would_not_use_is_declined(sensors_db):
    c = Conv(sensors_db)
    c.ask("How many devices are active?")          # the yes/no column is_active is the condition
    assert int(c.rows[0][0]) == one(sensors_db, "SELECT COUNT(*) FROM devices WHERE is_active = 1")
    c = Conv(sensors_db)
    c.ask("how many events came from non-active devices?")
    assert int(c.rows[0][0]) == one(sensors_db, "SELECT COUNT(*) FROM events e JOIN devices d "
                                                "ON d.device_id = e.device_id WHERE d.is_active = 0")
    # a named column the answer would not use is declined, never dropped
    msg = declined(Conv(sensors_db), "how many devices have a capacity?")     # not every device counted
    assert "'capacity'" in msg


def test_a_question_about_an_earlier_answer_that_is_not_there_is_declined(sensors_db):
    msg = declined(Conv(sensors_db), "what is their average reading?")
    assert "'their'" in msg and "earlier answer" in msg


def test_a_pronoun_is_never_dropped_from_a_question_of_its_own(sensors_db):
    c = Conv(sensors_db)
    c.ask("which device has the highest capacity?")
    assert c.rows[0][0] == "Osprey"
    c.ask("how many events did it have in 2024?")      # that device's events, in that year
    assert int(c.rows[0][0]) == one(sensors_db, "SELECT COUNT(*) FROM events WHERE device_id = 3 "
                                                "AND logged_at LIKE '2024%'")
    c = Conv(sensors_db)
    c.ask("devices in the North site")                  # several rows: 'it' points at none of them
    msg = declined(c, "how many events did it have in 2024?")
    assert "'it'" in msg


def test_a_ranking_that_does_not_say_by_what_is_declined(sensors_db):
    msg = declined(Conv(sensors_db), "which device is the best?")
    assert "'best'" in msg
    msg = declined(Conv(sensors_db), "which device is highest?")     # high in what: no customary measure
    assert "'highest'" in msg
    c = Conv(sensors_db)
    c.ask("which is the largest device?")            # size: the table's one measure, stated
    assert c.rows[0][0] == "Osprey"
    assert any("capacity" in a["explanation"] for a in c.res.tasks[0].assumptions)


def test_that_pointing_back_is_a_reference_to_an_earlier_answer(sensors_db):
    c = Conv(sensors_db)
    c.ask("which device has the lowest capacity?")
    try:
        c.ask("how many events are there on that device?")
    except Engine.CannotAnswer as e:
        assert "'that'" in str(e)
    else:   # right, or declined: never every device's events
        assert int(c.rows[0][0]) == one(sensors_db, "SELECT COUNT(*) FROM events WHERE device_id = 4")
    msg = declined(Conv(sensors_db), "which site was that for?")
    assert "'that'" in msg
    for q in ("what about capacity?", "how about the South site?", "and in 2024?"):   # nothing to continue
        assert "earlier" in declined(Conv(sensors_db), q)
    c = Conv(sensors_db)
    c.ask("devices that are in the North site")       # a relative 'that' is no pointer
    assert sorted(r[0] for r in c.rows) == ["Heron", "Kestrel"]


def test_a_new_measure_for_the_top_groups_keeps_those_groups(sensors_db):
    c = Conv(sensors_db)
    c.ask("top 2 devices by number of events")
    top = sorted(r[0] for r in c.rows)
    c.ask("and their average reading?")
    assert sorted(r[0] for r in c.rows) == top
    by = dict(c.rows)
    with sqlite3.connect(sensors_db) as db:
        for name, avg in db.execute("SELECT d.device_name, AVG(e.reading) FROM events e JOIN devices d "
                                    "ON d.device_id = e.device_id GROUP BY d.device_name"):
            if name in by:
                assert abs(float(by[name]) - avg) < 1e-9


def test_top_entities_by_the_number_of_their_rows(sensors_db):
    c = Conv(sensors_db)
    c.ask("top 2 devices by number of events")
    want = [r[0] for r in sqlite3.connect(sensors_db).execute(
        "SELECT d.device_name FROM devices d JOIN events e ON e.device_id = d.device_id GROUP BY d.device_name "
        "ORDER BY COUNT(*) DESC LIMIT 2")]
    assert [r[0] for r in c.rows] == want


@pytest.fixture(scope="module")
def depots_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("depots") / "depots.sqlite"
    return make_db(path, """
    CREATE TABLE depots (depot_id INTEGER PRIMARY KEY, depot_name TEXT, region TEXT);
    CREATE TABLE transfers (transfer_id INTEGER PRIMARY KEY, origin_depot_id INTEGER REFERENCES depots(depot_id),
                            dest_depot_id INTEGER REFERENCES depots(depot_id), qty INTEGER);
    INSERT INTO depots VALUES (1,'Aldgate','East'),(2,'Bexley','East'),(3,'Cray','West');
    INSERT INTO transfers VALUES (1,1,3,10),(2,1,3,5),(3,2,1,7),(4,3,1,2),(5,1,2,4);
    """)


def test_two_keys_to_the_same_table_are_chosen_by_the_question_or_declined(depots_db):
    c = Conv(depots_db)
    c.ask("number of transfers by region of the origin depot")
    assert sorted((r[0], int(r[1])) for r in c.rows) == [("East", 4), ("West", 1)]
    assert any("origin_depot_id" in a["explanation"] for a in c.res.tasks[0].assumptions)
    c.ask("number of transfers by region of the destination depot")    # the clipped 'dest'
    assert sorted((r[0], int(r[1])) for r in c.rows) == [("East", 3), ("West", 2)]
    msg = declined(Conv(depots_db), "number of transfers by region")
    assert "origin_depot_id" in msg and "dest_depot_id" in msg


def test_a_column_named_beside_groups_of_other_rows_is_not_dropped(sensors_db):
    # grouped by each event ('per event'), the device's site would silently vanish
    c = Conv(sensors_db)
    try:
        c.ask("which site has the highest reading on average per event?")
    except Engine.CannotAnswer:
        return
    assert c.rows[0][0] == sqlite3.connect(sensors_db).execute(
        "SELECT d.site FROM events e JOIN devices d ON d.device_id = e.device_id GROUP BY d.site "
        "ORDER BY AVG(e.reading) DESC LIMIT 1").fetchone()[0]


def test_busiest_and_quietest_rank_by_count_and_she_points_back(sensors_db):
    c = Conv(sensors_db)
    c.ask("number of events per month in 2023")
    c.ask("which month was the busiest?")
    counts = dict(sqlite3.connect(sensors_db).execute(
        "SELECT strftime('%Y-%m', logged_at), COUNT(*) FROM events WHERE logged_at LIKE '2023%' GROUP BY 1"))
    assert sorted(r[0] for r in c.rows) == sorted(k for k, v in counts.items() if v == max(counts.values()))
    c.ask("and the quietest?")
    assert sorted(r[0] for r in c.rows) == sorted(k for k, v in counts.items() if v == min(counts.values()))
    c = Conv(sensors_db)
    c.ask("which device has the highest capacity?")
    c.ask("what is her site?")
    assert c.col("site") == ["South"]
    c = Conv(sensors_db)
    c.ask("which device has the highest capacity?")
    c.ask("what is its site?")                       # that one device, not every site counted
    assert c.col("site") == ["South"]


def test_change_of_a_count_and_of_the_measure_a_breakdown_shows(sensors_db):
    db = sqlite3.connect(sensors_db)
    n = dict(db.execute("SELECT substr(logged_at, 1, 4), COUNT(*) FROM events GROUP BY 1"))
    total = dict(db.execute("SELECT substr(logged_at, 1, 4), SUM(reading) FROM events GROUP BY 1"))
    c = Conv(sensors_db)
    c.ask("percent change in the number of events from 2023 to 2024")
    assert abs(float(c.rows[0][0]) - 100.0 * (n["2024"] - n["2023"]) / n["2023"]) < 1e-9
    c = Conv(sensors_db)
    c.ask("total reading per year")
    c.ask("how much did it change from 2023 to 2024?")          # 'it': the total the answer shows
    assert abs(float(c.rows[0][0]) - (total["2024"] - total["2023"])) < 1e-6
    c.ask("and in percent?")
    assert abs(float(c.rows[0][0]) - 100.0 * (total["2024"] - total["2023"]) / total["2023"]) < 1e-6


def test_how_many_there_counts_the_rows_of_the_place_named_before(sensors_db):
    c = Conv(sensors_db)
    c.ask("which site has the highest total capacity?")
    assert c.rows[0][0] == "South"
    c.ask("how many events were logged there?")                # a count, not a listing of the events
    assert len(c.rows) == 1 and int(c.rows[0][0]) == one(
        sensors_db, "SELECT COUNT(*) FROM events e JOIN devices d ON d.device_id = e.device_id WHERE d.site = 'South'")


def test_a_comparative_with_a_unit_compares_the_column_of_that_unit(tmp_path):
    path = make_db(tmp_path / "rides.sqlite", """
    CREATE TABLE hubs (hub_id INTEGER PRIMARY KEY, hub_name TEXT, zone TEXT);
    CREATE TABLE rides (ride_id INTEGER PRIMARY KEY, hub_id INTEGER REFERENCES hubs(hub_id), length_km REAL,
                        duration_min INTEGER);
    INSERT INTO hubs VALUES (1,'Quay','Port'),(2,'Mill','Port'),(3,'Fort','Hill');
    INSERT INTO rides VALUES (1,1,2.5,40),(2,3,12.0,35),(3,3,15.5,50),(4,2,11.0,20),(5,1,1.0,90);
    """)
    c = Conv(path)
    c.ask("rides longer than 10 km")           # the unit names the column, not 'longer' (a duration)
    assert sorted(int(x) for x in c.col("ride_id")) == [2, 3, 4]
    c.ask("which zone are most of them in?")
    assert [r[0] for r in c.rows] == ["Hill"]
    c = Conv(path)
    c.ask("rides longer than 10 km")
    c.ask("what is their average duration?")
    assert abs(float(c.rows[0][0]) - 35.0) < 1e-9
    c.ask("which zone are most of them in?")        # counted, after an aggregate of those rows
    assert [r[0] for r in c.rows] == ["Hill"]


def test_groups_ranked_by_a_measure_they_do_not_show(sensors_db):
    c = Conv(sensors_db)
    c.ask("the month with the highest reading")        # each month's average, never the first month
    best = sqlite3.connect(sensors_db).execute(
        "SELECT strftime('%Y-%m', logged_at) FROM events GROUP BY 1 ORDER BY AVG(reading) DESC LIMIT 1").fetchone()[0]
    assert c.rows[0][0] == best
    assert any("averaged" in a["explanation"] for a in c.res.tasks[0].assumptions)


def test_the_share_the_top_groups_hold_together(sensors_db):
    db = sqlite3.connect(sensors_db)
    c = Conv(sensors_db)
    c.ask("top 2 devices by number of events")
    c.ask("what share of all events do those two hold together?")
    top = db.execute("SELECT SUM(n) FROM (SELECT COUNT(*) AS n FROM events GROUP BY device_id "
                     "ORDER BY n DESC LIMIT 2)").fetchone()[0]
    assert abs(float(c.rows[0][0]) - 100.0 * top / one(sensors_db, "SELECT COUNT(*) FROM events")) < 1e-9


def test_more_of_a_measure_than_an_average(sensors_db):
    c = Conv(sensors_db)
    c.ask("devices with more capacity than the average for their site")
    assert sorted(c.col("device_name")) == ["Kestrel", "Osprey"]
    c = Conv(sensors_db)
    c.ask("North devices with more capacity than the average North device")
    assert c.col("device_name") == ["Kestrel"]
    # every device against the North average: not what a filter on North and a group average say
    c = Conv(sensors_db)
    try:
        c.ask("devices with more capacity than the average North device")
    except Engine.CannotAnswer:
        pass
    else:
        assert sorted(c.col("device_name")) == ["Kestrel", "Osprey"]


def test_never_or_not_yet_means_the_event_date_is_empty(tmp_path):
    path = make_db(tmp_path / "parcels.sqlite", """
    CREATE TABLE parcels (parcel_id INTEGER PRIMARY KEY, sent_on TEXT, delivered_on TEXT, weight_kg REAL);
    INSERT INTO parcels VALUES (1,'2024-01-02','2024-01-05',1.5),(2,'2024-01-03',NULL,2.0),
                               (3,'2024-02-01','2024-02-03',0.5),(4,'2024-02-09',NULL,3.5);
    """)
    c = Conv(path)
    c.ask("how many parcels have never been delivered?")
    assert int(c.rows[0][0]) == 2
    c = Conv(path)
    c.ask("which parcels were not delivered yet?")
    assert sorted(int(x) for x in c.col("parcel_id")) == [2, 4]


def test_which_of_them_did_it_first(tmp_path):
    path = make_db(tmp_path / "clubs.sqlite", """
    CREATE TABLE members (member_id INTEGER PRIMARY KEY, member_name TEXT, town TEXT, joined_on TEXT);
    INSERT INTO members VALUES (1,'Ada','Leeds','2021-05-01'),(2,'Bo','York','2019-03-10'),
                               (3,'Cy','Leeds','2020-07-22'),(4,'Di','Leeds','2022-01-15');
    """)
    c = Conv(path)
    c.ask("members in Leeds")
    c.ask("which of them joined first?")
    assert c.col("member_name") == ["Cy"]
    c.ask("members in Leeds")
    c.ask("which of them joined last?")
    assert c.col("member_name") == ["Di"]


def test_a_link_verb_that_looks_like_a_table_is_not_a_dropped_word(tmp_path):
    path = make_db(tmp_path / "games.sqlite", """
    CREATE TABLE players (player_id INTEGER PRIMARY KEY, player_name TEXT, mins_played INTEGER);
    CREATE TABLE games (game_id INTEGER PRIMARY KEY, game_date TEXT, crowd INTEGER);
    INSERT INTO players VALUES (1,'Ana',900),(2,'Ben',450);
    INSERT INTO games VALUES (1,'2023-03-01',500),(2,'2023-09-12',700),(3,'2024-02-02',650);
    """)
    c = Conv(path)
    c.ask("How many games were played in 2023?")      # 'played' is the verb, not the players table
    assert int(c.rows[0][0]) == 2


def test_an_average_per_row_is_the_average_over_the_rows(sensors_db):
    c = Conv(sensors_db)
    c.ask("average reading per event")          # not one group per event
    assert len(c.rows) == 1
    assert abs(float(c.rows[0][0]) - one(sensors_db, "SELECT AVG(reading) FROM events")) < 1e-9
    assert any("one row" in a["explanation"] for a in c.res.tasks[0].assumptions)
    c = Conv(sensors_db)
    c.ask("average reading per device")         # a group per device is a real breakdown
    assert len(c.rows) == 4


def test_the_hour_of_the_day_of_a_timestamp_column(sensors_db, tmp_path):
    db = sqlite3.connect(sensors_db)
    counts = dict(db.execute("SELECT strftime('%H', logged_at), COUNT(*) FROM events GROUP BY 1"))
    c = Conv(sensors_db)
    c.ask("number of events per hour")
    assert {r[0]: int(r[1]) for r in c.rows} == counts
    c = Conv(sensors_db)
    c.ask("what's the busiest hour of the day?")
    assert sorted(r[0] for r in c.rows) == sorted(k for k, v in counts.items() if v == max(counts.values()))
    path = make_db(tmp_path / "days.sqlite", """
    CREATE TABLE visits (visit_id INTEGER PRIMARY KEY, visit_date TEXT);
    INSERT INTO visits VALUES (1,'2024-01-02'),(2,'2024-01-03');
    """)
    msg = declined(Conv(path), "number of visits per hour")      # dates alone have no hour
    assert "time of day" in msg


def test_a_measure_of_a_related_table_for_each_of_the_groups_shown(sensors_db):
    c = Conv(sensors_db)
    c.ask("top 2 sites by total capacity")
    c.ask("what's the total reading of the events in each of them?")    # names the measure's own table
    db = sqlite3.connect(sensors_db)
    want = dict(db.execute("SELECT d.site, SUM(e.reading) FROM events e JOIN devices d ON d.device_id = e.device_id "
                           "GROUP BY d.site"))
    assert len(c.rows) == 2 and all(abs(float(v) - want[k]) < 1e-6 for k, v in c.rows)


def test_each_group_means_the_groups_shown(sensors_db):
    c = Conv(sensors_db)
    c.ask("average reading for high vs low severity")
    c.ask("and how many events did each group have?")
    want = dict(sqlite3.connect(sensors_db).execute("SELECT severity, COUNT(*) FROM events GROUP BY severity"))
    assert {k: int(v) for k, v in c.rows} == want


def test_that_names_the_group_the_previous_answer_kept(sensors_db):
    c = Conv(sensors_db)
    c.ask("which site has the highest total capacity?")
    c.ask("what is the average capacity per device on that site?")
    assert len(c.rows) == 1 and abs(float(c.rows[0][0]) - 130.0) < 1e-9    # South: (200 + 60) / 2


def test_yes_no_text_flags_and_how_much_they_add_up_to(tmp_path):
    path = make_db(tmp_path / "bills.sqlite", """
    CREATE TABLE Bills (BillNo INTEGER PRIMARY KEY, Customer TEXT, AmtDue REAL, PaidFlag TEXT);
    INSERT INTO Bills VALUES (1,'Ames',120.0,'Y'),(2,'Bray',80.5,'N'),(3,'Cole',40.0,'N'),(4,'Dunn',15.0,'Y');
    """)
    c = Conv(path)
    c.ask("how many paid bills are there?")          # a count of the bills whose flag holds, not a sum
    assert int(c.rows[0][0]) == 2
    c = Conv(path)
    c.ask("show me the unpaid bills")
    assert sorted(c.col("Customer")) == ["Bray", "Cole"]
    c.ask("how much do they add up to?")             # the amount, never how many they are
    assert abs(float(c.rows[0][0]) - 120.5) < 1e-9
