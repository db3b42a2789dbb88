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
