"""Capacity businesses (theatres, coach trips, hostels) on schemas the tests build: a time noun after
a date column is no word of a title, money taken in adds up per group, capacity rows valid over a
date range, rows of a status counted, cancelled rows never sold. Right or declined."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db, rows


@pytest.fixture(scope="module")
def theatre_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("theatre") / "theatre.sqlite"
    perf = []
    for i in range(1, 31):
        day = f"2025-{3 + i % 3:02d}-{1 + i % 27:02d}"
        perf.append(f"({i}, {1 + i % 3}, {1 + i % 4}, '{day} {('14:30', '19:45')[i % 2]}:00', "
                    f"{20 + i % 5}, {40 + i * 3}, {(40 + i * 3) * (20 + i % 5)}.0)")
    return make_db(path, f"""
    CREATE TABLE Venues (VenueID INTEGER PRIMARY KEY, VenueName TEXT, Town TEXT);
    CREATE TABLE Halls (HallID INTEGER PRIMARY KEY, VenueID INTEGER REFERENCES Venues(VenueID), HallName TEXT,
                        Capacity INTEGER);
    CREATE TABLE Plays (PlayID INTEGER PRIMARY KEY, Title TEXT, Genre TEXT);
    CREATE TABLE Performances (PerfID INTEGER PRIMARY KEY, HallID INTEGER REFERENCES Halls(HallID),
                               PlayID INTEGER REFERENCES Plays(PlayID), BeginsAt TEXT, TicketPrice REAL,
                               Attendance INTEGER, BoxOffice REAL);
    INSERT INTO Venues VALUES (1,'Old Vic Rooms','Leeds'),(2,'Quay Stage','Hull');
    INSERT INTO Halls VALUES (1,1,'Main',300),(2,1,'Studio',90),(3,2,'Hall A',250);
    INSERT INTO Plays VALUES (1,'Borrowed Time','Drama'),(2,'Night Owls','Comedy'),(3,'The Long Walk','Drama'),
                             (4,'Hat Trick','Comedy');
    INSERT INTO Performances VALUES {", ".join(perf)};
    """)


def test_a_time_noun_after_a_date_column_is_no_word_of_a_title(theatre_db):
    msg = declined(Conv(theatre_db), "Attendance by begin time")
    assert "'time'" in msg                      # not the play 'Borrowed Time', not a grouping by year


def test_box_office_of_a_group_is_its_total(theatre_db):
    c = Conv(theatre_db)
    c.ask("Box office by genre")
    ref = rows(theatre_db, "SELECT p.Genre, SUM(f.BoxOffice) FROM Performances f JOIN Plays p "
                           "ON p.PlayID = f.PlayID GROUP BY p.Genre")
    assert sorted((r[0], round(float(r[1]), 2)) for r in c.rows) == sorted((g, round(v, 2)) for g, v in ref)
    c.ask("only for April")
    ref = rows(theatre_db, "SELECT p.Genre, SUM(f.BoxOffice) FROM Performances f JOIN Plays p ON p.PlayID = "
                           "f.PlayID WHERE f.BeginsAt LIKE '2025-04%' GROUP BY p.Genre")
    assert sorted((r[0], round(float(r[1]), 2)) for r in c.rows) == sorted((g, round(v, 2)) for g, v in ref)


def test_the_box_office_at_each_venue_is_one_total_per_venue(theatre_db):
    c = Conv(theatre_db)
    c.ask("What was the box office at each venue in March?")
    ref = rows(theatre_db, "SELECT v.VenueName, SUM(f.BoxOffice) FROM Performances f JOIN Halls h ON h.HallID = "
                           "f.HallID JOIN Venues v ON v.VenueID = h.VenueID WHERE f.BeginsAt LIKE '2025-03%' "
                           "GROUP BY v.VenueName")
    assert sorted((r[0], round(float(r[1]), 2)) for r in c.rows) == sorted((g, round(v, 2)) for g, v in ref)


@pytest.fixture(scope="module")
def trips_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("trips") / "trips.sqlite"
    books = []
    for i in range(1, 41):
        books.append(f"({i}, {1 + i % 6}, '2025-0{1 + i % 5}-{1 + i % 27:02d}', {1 + i % 4}, "
                     f"'{('booked', 'cancelled', 'booked', 'no show', 'booked')[i % 5]}')")
    return make_db(path, f"""
    CREATE TABLE lodges (lodge_id INTEGER PRIMARY KEY, lodge_name TEXT, town TEXT);
    CREATE TABLE room_capacity (cap_id INTEGER PRIMARY KEY, lodge_id INTEGER REFERENCES lodges(lodge_id),
                                valid_from TEXT, valid_to TEXT, rooms INTEGER);
    CREATE TABLE trips (trip_code TEXT PRIMARY KEY, trip_name TEXT, region TEXT);
    CREATE TABLE sailings (sailing_id INTEGER PRIMARY KEY, trip_code TEXT REFERENCES trips(trip_code),
                           sail_date TEXT, berths INTEGER);
    CREATE TABLE reservations (reservation_id INTEGER PRIMARY KEY,
                               sailing_id INTEGER REFERENCES sailings(sailing_id), made_on TEXT,
                               places INTEGER, state TEXT);
    INSERT INTO lodges VALUES (1,'Crag Lodge','Keswick'),(2,'Fell Lodge','Ambleside');
    INSERT INTO room_capacity VALUES (1,1,'2023-01-01','2024-04-30',20),(2,1,'2024-05-01',NULL,32),
                                     (3,2,'2023-01-01',NULL,15);
    INSERT INTO trips VALUES ('ISL1','Island Hopper','West'),('FJD2','Fjord Explorer','North');
    INSERT INTO sailings VALUES (1,'ISL1','2025-03-01',40),(2,'ISL1','2025-04-01',40),(3,'FJD2','2025-03-10',30),
                                (4,'FJD2','2025-05-10',30),(5,'ISL1','2025-06-01',40),(6,'FJD2','2025-06-10',30);
    INSERT INTO reservations VALUES {", ".join(books)};
    """)


def test_now_over_a_table_of_validity_periods_is_the_open_row(trips_db):
    c = Conv(trips_db)
    c.ask("How many rooms does Keswick have now?")
    assert int(c.rows[0][0]) == 32
    assert any("valid_to" in a["concept"] for a in c.res.tasks[-1].assumptions)


def test_a_total_across_validity_periods_is_declined(trips_db):
    msg = declined(Conv(trips_db), "How many rooms does Keswick have?")     # 20 + 32 counts rooms twice
    assert "valid_to" in msg and "once per period" in msg


def test_a_hyphenated_product_of_two_measures_is_declined(trips_db):
    msg = declined(Conv(trips_db), "How many place-berths did each trip have?")
    assert "place-berths" in msg


def test_how_many_of_a_status_value_counts_the_rows_with_it(trips_db):
    c = Conv(trips_db)
    c.ask("how many places were cancelled on the Island Hopper?")
    c.ask("and how many no shows did it have?")
    ref = rows(trips_db, "SELECT COUNT(*) FROM reservations r JOIN sailings s ON s.sailing_id = r.sailing_id "
                         "WHERE s.trip_code = 'ISL1' AND r.state = 'no show'")
    assert int(c.rows[0][0]) == ref[0][0]


def test_sold_leaves_out_cancelled_rows(trips_db):
    c = Conv(trips_db)
    c.ask("how many places were sold?")
    assert int(c.rows[0][0]) == rows(trips_db, "SELECT SUM(places) FROM reservations WHERE state <> 'cancelled'")[0][0]
    assert any("cancelled" in a["explanation"] for a in c.res.tasks[-1].assumptions)


def test_now_only_closing_the_question_picks_the_open_rows(trips_db):
    c = Conv(trips_db)
    c.ask("How many rooms does each lodge have now?")
    assert sorted((r[0], int(r[1])) for r in c.rows) == [("Crag Lodge", 32), ("Fell Lodge", 15)]


def test_a_column_of_what_was_sold_is_totalled_per_group(tmp_path):
    path = make_db(tmp_path / "nights.sqlite", """
    CREATE TABLE inns (inn_id INTEGER PRIMARY KEY, inn_name TEXT);
    CREATE TABLE nightly (inn_id INTEGER REFERENCES inns(inn_id), night TEXT, rooms_sold INTEGER);
    INSERT INTO inns VALUES (1,'Moor Inn'),(2,'Dale Inn');
    INSERT INTO nightly VALUES (1,'2025-01-01',5),(1,'2025-01-02',7),(2,'2025-01-01',3),(2,'2025-02-01',4);
    """)
    c = Conv(path)
    c.ask("Rooms sold by inn")
    assert sorted((r[0], int(r[1])) for r in c.rows) == [("Dale Inn", 7), ("Moor Inn", 12)]


def test_an_average_or_a_year_over_validity_periods_is_declined(trips_db):
    for q in ("average rooms per lodge", "How many rooms did Keswick have in 2023?"):
        assert "once per period" in declined(Conv(trips_db), q)
