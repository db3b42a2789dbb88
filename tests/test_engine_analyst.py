"""Item 2 of the engine: the constructs analysts ask for, each on the bundled demo data and on a
weather schema this file builds (stations and their daily readings), first rounds and follow-ups.
Every answer is checked against reference SQL run on the same file."""
from __future__ import annotations

import random

import pytest
from test_engine import Conv, concert_db, hr_db, make_db, world_db  # noqa: F401  (fixtures)

from c2q_shell.server import demo


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    return demo.ensure(tmp_path_factory.mktemp("demo"))


@pytest.fixture(scope="module")
def weather_db(tmp_path_factory):
    path = make_db(tmp_path_factory.mktemp("weather") / "weather.sqlite", """
    CREATE TABLE stations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, region TEXT, kind TEXT, opened INTEGER);
    CREATE TABLE readings (id INTEGER PRIMARY KEY, station_id INTEGER REFERENCES stations(id), day DATE,
                           temperature REAL, rainfall REAL);
    INSERT INTO stations VALUES (1,'Aberdeen','North','Coastal',1961),(2,'Birmingham','Midlands','Inland',1948),
      (3,'Cardiff','West','Coastal',1975),(4,'Durham','North','Inland',1952),(5,'Exeter','West','Inland',1990);
    """)
    import sqlite3
    rnd = random.Random(7)
    rows, n = [], 1
    for year in range(1985, 2025):
        for month in (1, 4, 7, 10):
            for st in range(1, 6):
                temp = round(10 + 8 * (month in (4, 7)) + (year - 1985) * 0.05 + rnd.uniform(-6, 6) + st, 2)
                rows.append((n, st, f"{year}-{month:02d}-15", temp, round(rnd.uniform(0, 90), 1)))
                n += 1
    conn = sqlite3.connect(path)
    conn.executemany("INSERT INTO readings VALUES (?,?,?,?,?)", rows)
    conn.commit()
    conn.close()
    return path


def ref(c: Conv, sql: str) -> list[list]:
    return [list(r) for r in c.src.execute(sql, 10000, 10).rows]


def shows(c: Conv, sql: str, ordered: bool = False) -> bool:
    """Every column of the reference result is some column of the answer (same row count;
    the same order when `ordered`); numbers compared after rounding."""
    want = ref(c, sql)
    if len(want) != len(c.rows):
        return False

    def norm(v):
        try:
            return round(float(v), 6)
        except (TypeError, ValueError):
            return str(v)
    got = [[norm(r[j]) for r in c.rows] for j in range(len(c.cols))]
    for j in range(len(want[0]) if want else 0):
        col = [norm(r[j]) for r in want]
        if not any(g == col if ordered else sorted(map(str, g)) == sorted(map(str, col)) for g in got):
            return False
    return True


# time buckets ---------------------------------------------------------------------------
def test_decades_and_which_decade_had_the_highest(demo_db, weather_db):
    c = Conv(demo_db)
    c.ask("average CAPE by decade")
    dec = "(CAST(strftime('%Y', month) AS INTEGER) / 10) * 10"
    assert shows(c, f"SELECT {dec}, AVG(pe10) FROM index_monthly GROUP BY 1")
    c.ask("which decade had the highest?")
    assert shows(c, f"SELECT {dec} FROM index_monthly GROUP BY 1 ORDER BY AVG(pe10) DESC LIMIT 1")
    w = Conv(weather_db)
    w.ask("average temperature per decade")
    wdec = "(CAST(strftime('%Y', day) AS INTEGER) / 10) * 10"
    assert shows(w, f"SELECT {wdec}, AVG(temperature) FROM readings GROUP BY 1")
    w.ask("which decade had the lowest?")
    assert shows(w, f"SELECT {wdec} FROM readings GROUP BY 1 ORDER BY AVG(temperature) LIMIT 1")
    w = Conv(weather_db)
    w.ask("how many stations were opened per decade")       # a year column, grouped by decade
    assert shows(w, "SELECT (opened / 10) * 10, COUNT(*) FROM stations GROUP BY 1")


def test_years_quarters_and_which_year(demo_db, weather_db):
    c = Conv(demo_db)
    c.ask("average dividend per year in the 1990s")
    assert len(c.rows) == 10
    c.ask("which year had the highest?")
    assert shows(c, "SELECT strftime('%Y', month) FROM index_monthly WHERE month BETWEEN '1990-01-01' AND "
                    "'1999-12-31' GROUP BY 1 ORDER BY AVG(dividend) DESC LIMIT 1")
    w = Conv(weather_db)
    w.ask("total rainfall by quarter in 2020")
    assert len(w.rows) == 4
    w.ask("which quarter had the most?")
    assert shows(w, "SELECT strftime('%Y', day) || '-Q' || ((CAST(strftime('%m', day) AS INTEGER) + 2) / 3) FROM readings "
                    "WHERE day BETWEEN '2020-01-01' AND '2020-12-31' GROUP BY 1 ORDER BY SUM(rainfall) DESC LIMIT 1")


# first / last time, when was that --------------------------------------------------------
def test_first_and_last_time_a_condition_held(demo_db, weather_db):
    c = Conv(demo_db)
    c.ask("When did the CAPE ratio first exceed 30?")
    assert shows(c, "SELECT month FROM index_monthly WHERE pe10 > 30 ORDER BY month LIMIT 1")
    w = Conv(weather_db)
    w.ask("when was the temperature last below 5?")
    assert shows(w, "SELECT day FROM readings WHERE temperature < 5 ORDER BY day DESC LIMIT 1")
    assert any(a["concept"] == "last time" for a in w.res.tasks[0].assumptions)


def test_when_was_that_after_a_highest_or_lowest(demo_db, weather_db):
    c = Conv(demo_db)
    c.ask("lowest CPI ever recorded")
    assert shows(c, "SELECT MIN(cpi) FROM index_monthly")
    c.ask("when was that?")
    assert shows(c, "SELECT month FROM index_monthly WHERE cpi IS NOT NULL ORDER BY cpi LIMIT 1")
    w = Conv(weather_db)
    w.ask("what was the highest rainfall?")
    w.ask("when was that?")
    assert shows(w, "SELECT day FROM readings ORDER BY rainfall DESC, id LIMIT 1")


# change between two periods, ratios --------------------------------------------------------
def test_change_and_percent_change_between_two_periods(demo_db, weather_db):
    c = Conv(demo_db)
    c.ask("How much did the S&P 500 level change in percent from January 2019 to January 2020?")
    assert shows(c, "SELECT (b.sp500 - a.sp500) * 100.0 / a.sp500 FROM index_monthly a, index_monthly b "
                    "WHERE a.month = '2019-01-01' AND b.month = '2020-01-01'")
    w = Conv(weather_db)
    w.ask("how much did the average temperature change between 1990 and 2020?")
    assert shows(w, "SELECT (SELECT AVG(temperature) FROM readings WHERE day LIKE '2020%') - "
                    "(SELECT AVG(temperature) FROM readings WHERE day LIKE '1990%')")
    assert any(a["concept"] == "change" for a in w.res.tasks[0].assumptions)


def test_ratios_of_aggregates_and_of_columns(demo_db, weather_db):
    c = Conv(demo_db)
    c.ask("ratio of total EBITDA to total market cap for each sector")
    assert shows(c, "SELECT c.sector, SUM(f.ebitda) * 1.0 / SUM(f.market_cap) FROM companies c "
                    "JOIN fundamentals f ON f.symbol = c.symbol GROUP BY c.sector")
    c.ask("price divided by EPS for Apple")
    assert shows(c, "SELECT f.price * 1.0 / f.eps FROM fundamentals f JOIN companies c ON c.symbol = f.symbol "
                    "WHERE c.name = 'Apple Inc.'")
    w = Conv(weather_db)
    w.ask("rainfall to temperature ratio by region")           # no aggregate word: ratio of the totals, said so
    assert shows(w, "SELECT s.region, SUM(r.rainfall) * 1.0 / SUM(r.temperature) FROM readings r "
                    "JOIN stations s ON s.id = r.station_id GROUP BY s.region")
    assert any(a["concept"] == "ratio" for a in w.res.tasks[0].assumptions)


# comparison with the group's own average ---------------------------------------------------
def test_above_the_groups_own_average(demo_db, weather_db):
    c = Conv(demo_db)
    c.ask("How many Health Care companies have a price to book ratio above their sector's average?")
    assert shows(c, "SELECT COUNT(*) FROM companies c JOIN fundamentals f ON f.symbol = c.symbol "
                    "WHERE c.sector = 'Health Care' AND f.price_to_book > (SELECT AVG(f2.price_to_book) FROM "
                    "fundamentals f2 JOIN companies c2 ON c2.symbol = f2.symbol WHERE c2.sector = 'Health Care')")
    c = Conv(demo_db)
    c.ask("companies with a P/E above their sector's average")
    assert shows(c, "SELECT c.name FROM companies c JOIN fundamentals f ON f.symbol = c.symbol WHERE f.pe_ratio > "
                    "(SELECT AVG(f2.pe_ratio) FROM fundamentals f2 JOIN companies c2 ON c2.symbol = f2.symbol "
                    "WHERE c2.sector = c.sector)")
    w = Conv(weather_db)
    w.ask("how many readings have a rainfall above their region's average?")
    assert shows(w, "SELECT COUNT(*) FROM readings r JOIN stations s ON s.id = r.station_id WHERE r.rainfall > "
                    "(SELECT AVG(r2.rainfall) FROM readings r2 JOIN stations s2 ON s2.id = r2.station_id "
                    "WHERE s2.region = s.region)")
    w.ask("how many readings have a temperature below average?")
    assert shows(w, "SELECT COUNT(*) FROM readings WHERE temperature < (SELECT AVG(temperature) FROM readings)")


# shares ------------------------------------------------------------------------------------
def test_shares_per_group_and_of_the_previous_result(demo_db, weather_db):
    c = Conv(demo_db)
    c.ask("percentage of companies per sector")
    assert shows(c, "SELECT sector, 100.0 * COUNT(*) / (SELECT COUNT(*) FROM companies) FROM companies GROUP BY sector")
    c = Conv(demo_db)
    c.ask("companies in Texas")
    c.ask("what percentage of them are in IT?")
    assert shows(c, "SELECT 100.0 * SUM(sector = 'Information Technology') / COUNT(*) FROM companies "
                    "WHERE hq_region = 'Texas'")
    c = Conv(demo_db)
    c.ask("number of companies per sector")
    c.ask("only sectors with fewer than 30")
    assert shows(c, "SELECT sector, COUNT(*) FROM companies GROUP BY sector HAVING COUNT(*) < 30")
    c.ask("what share of all companies is that together?")
    assert shows(c, "SELECT 100.0 * SUM(n) / (SELECT COUNT(*) FROM companies) FROM "
                    "(SELECT COUNT(*) AS n FROM companies GROUP BY sector HAVING COUNT(*) < 30)")
    w = Conv(weather_db)
    w.ask("share of total rainfall by region")
    assert shows(w, "SELECT s.region, 100.0 * SUM(r.rainfall) / (SELECT SUM(rainfall) FROM readings) FROM readings r "
                    "JOIN stations s ON s.id = r.station_id GROUP BY s.region")
    w = Conv(weather_db)
    w.ask("stations in the North")
    w.ask("what percentage of them are Coastal?")
    assert shows(w, "SELECT 50.0")


# follow-ups on results ------------------------------------------------------------------------
def test_sorting_and_limiting_a_result_with_several_aggregates(demo_db, weather_db):
    c = Conv(demo_db)
    c.ask("average price and average EPS by sector")
    c.ask("order by average EPS, highest first")
    assert shows(c, "SELECT c.sector, AVG(f.price), AVG(f.eps) FROM companies c JOIN fundamentals f "
                    "ON f.symbol = c.symbol GROUP BY c.sector ORDER BY AVG(f.eps) DESC", ordered=True)
    c.ask("only the first 5")
    assert len(c.rows) == 5 and len(c.cols) == 3
    w = Conv(weather_db)
    w.ask("average temperature and total rainfall by station")
    w.ask("sort by total rainfall")
    w.ask("just the top 3")
    assert shows(w, "SELECT s.name, SUM(r.rainfall) FROM readings r JOIN stations s ON s.id = r.station_id "
                    "GROUP BY s.name ORDER BY SUM(r.rainfall) DESC LIMIT 3", ordered=True)


def test_superlatives_over_the_previous_list(demo_db, weather_db):
    c = Conv(demo_db)
    c.ask("companies headquartered in Texas")
    c.ask("which one was added to the index most recently?")
    assert shows(c, "SELECT name FROM companies WHERE hq_region = 'Texas' ORDER BY date_added DESC LIMIT 1")
    c.ask("list them by founding year, oldest first")
    assert shows(c, "SELECT name, founded FROM companies WHERE hq_region = 'Texas' ORDER BY founded", ordered=True)
    c.ask("which one is the oldest?")
    assert shows(c, "SELECT name FROM companies WHERE hq_region = 'Texas' AND founded IS NOT NULL "
                    "ORDER BY founded, name LIMIT 1")
    w = Conv(weather_db)
    w.ask("stations in the West")
    w.ask("which one is the oldest?")                 # by the opening year, never by a size
    assert w.rows[0][0] == "Cardiff" and "opened" in w.sql


def test_which_groups_are_they_in(demo_db, weather_db):
    c = Conv(demo_db)
    c.ask("companies added to the index since 2020")
    c.ask("which states are they headquartered in?")
    assert shows(c, "SELECT hq_region, COUNT(*) FROM companies WHERE date_added >= '2020-01-01' GROUP BY hq_region")
    w = Conv(weather_db)
    w.ask("stations opened after 1950")
    w.ask("which regions are they in?")
    assert shows(w, "SELECT region, COUNT(*) FROM stations WHERE opened > 1950 GROUP BY region")


def test_do_the_same_for_other_values(demo_db, weather_db):
    c = Conv(demo_db)
    c.ask("Compare Financials and Industrials: the number of companies, their average P/E, and their total EBITDA",
          "auto_breakdown")
    c.ask("same for Health Care and Consumer Staples", "auto_breakdown")
    assert c.res.kind == "breakdown" and len(c.res.tasks) == 3
    assert all("'Consumer Staples'" in t.sql and "Financials" not in t.sql for t in c.res.tasks)
    w = Conv(weather_db)
    w.ask("Compare North and West: the number of stations and their average opening year", "auto_breakdown")
    w.ask("do the same for Midlands", "auto_breakdown")
    assert len(w.res.tasks) == 2 and all("'Midlands'" in t.sql for t in w.res.tasks)


def test_words_matching_part_of_several_values(demo_db, weather_db):
    c = Conv(demo_db)
    c.ask("how many Information Technology companies are there?")
    c.ask("how many of them make semiconductors?")
    assert shows(c, "SELECT COUNT(*) FROM companies WHERE sector = 'Information Technology' "
                    "AND sub_industry LIKE '%Semiconductor%'")
    assert any("containing" in a["explanation"] for a in c.res.tasks[0].assumptions)
    c.ask("banks")
    assert shows(c, "SELECT COUNT(*) FROM companies WHERE sector = 'Information Technology' AND sub_industry LIKE '%Bank%'")


def test_every_figure_for_an_entity(demo_db, weather_db):
    c = Conv(demo_db)
    c.ask("every figure for Apple")
    assert len(c.rows) == 1 and {"market_cap", "sector", "founded", "price_to_book"} <= set(c.cols)
    w = Conv(weather_db)
    w.ask("all the data for Exeter")
    assert w.rows == [["Exeter", "5", "West", "Inland", "1990"]] or \
        (len(w.rows) == 1 and {"region", "kind", "opened"} <= set(w.cols))


def test_shop_schema_events_and_shares_of_entities(tmp_path):
    from conftest import build_shop
    c = Conv(build_shop(tmp_path / "shop.sqlite"))
    c.ask("when did a customer first order a Monitor?")     # the date of the order, not of the sign-up
    assert shows(c, "SELECT o.order_date FROM orders o JOIN products p ON p.id = o.product_id "
                    "WHERE p.title = 'Monitor' ORDER BY o.order_date LIMIT 1") and "order_date" in c.sql
    c = Conv(build_shop(tmp_path / "shop2.sqlite"))
    c.ask("customers in the UK")
    c.ask("what percentage of them ordered Keyboard?")        # customers, not their order rows
    assert shows(c, "SELECT 100.0 * (SELECT COUNT(DISTINCT c.id) FROM customers c JOIN orders o ON o.customer_id = c.id "
                    "JOIN products p ON p.id = o.product_id WHERE c.country = 'UK' AND p.title = 'Keyboard') / "
                    "(SELECT COUNT(*) FROM customers WHERE country = 'UK')")
    c.ask("average order amount by month")
    c.ask("which month had the highest?")
    assert shows(c, "SELECT strftime('%Y-%m', order_date) FROM orders GROUP BY 1 ORDER BY AVG(amount) DESC LIMIT 1")


def test_spider_style_superlatives_ranges_and_averages(concert_db):  # noqa: F811
    c = Conv(concert_db)
    c.ask("Show name, country, age for all singers ordered by age from the oldest to the youngest.")
    assert shows(c, "SELECT Name, Age FROM singer ORDER BY Age DESC", ordered=True)
    c.ask("List all song names by singers above the average age.")
    assert shows(c, "SELECT Song_Name FROM singer WHERE Age > (SELECT AVG(Age) FROM singer)")
    c.ask("Show the stadium name and capacity with most number of concerts in year 2014 or after.")
    assert shows(c, "SELECT s.Name, s.Capacity FROM concert c JOIN stadium s ON s.Stadium_ID = c.Stadium_ID "
                    "WHERE c.Year >= '2014' GROUP BY s.Name ORDER BY COUNT(*) DESC LIMIT 1")
    c.ask("Find the number of concerts happened in the stadium with the highest capacity.")
    assert shows(c, "SELECT COUNT(*) FROM concert WHERE Stadium_ID = (SELECT Stadium_ID FROM stadium "
                    "ORDER BY Capacity DESC LIMIT 1)")
    with pytest.raises(c.engine.CannotAnswer) as e:
        c.ask("Show countries where a singer above age 40 and a singer below 30 are from.")
    assert "at once" in str(e.value)


def test_superlative_among_the_previous_rows_and_shares_of_listed_rows(world_db, demo_db):  # noqa: F811
    c = Conv(world_db)
    c.ask("countries sorted by surface area")
    c.ask("just the top 3")
    c.ask("which one has the smallest population?")         # among those 3, not among all countries
    assert shows(c, "SELECT Name FROM (SELECT * FROM country ORDER BY SurfaceArea DESC LIMIT 3) "
                    "ORDER BY Population LIMIT 1")
    c = Conv(world_db)
    c.ask("what languages are spoken in Canada?")
    c.ask("what percentage of them are official?")          # the languages listed; 'official' is IsOfficial = 'T'
    assert shows(c, "SELECT 100.0 * SUM(l.IsOfficial = 'T') / COUNT(*) FROM countrylanguage l "
                    "JOIN country c ON c.Code = l.CountryCode WHERE c.Name = 'Canada'")
    d = Conv(demo_db)
    d.ask("top 5 companies by market cap")
    d.ask("which one is the oldest?")
    assert shows(d, "SELECT name FROM (SELECT c.name, c.founded FROM companies c JOIN fundamentals f "
                    "ON f.symbol = c.symbol ORDER BY f.market_cap DESC LIMIT 5) ORDER BY founded LIMIT 1")


def test_the_highest_within_each_group_and_ranked_categories(demo_db, world_db):  # noqa: F811
    c = Conv(demo_db)
    c.ask("which company has the largest market cap in each sector?")
    assert shows(c, "SELECT c.name FROM companies c JOIN fundamentals f ON f.symbol = c.symbol WHERE f.market_cap = "
                    "(SELECT MAX(f2.market_cap) FROM companies c2 JOIN fundamentals f2 ON f2.symbol = c2.symbol "
                    "WHERE c2.sector = c.sector)")
    c.ask("rank sectors by average P/E")
    assert shows(c, "SELECT c.sector, AVG(f.pe_ratio) FROM companies c JOIN fundamentals f ON f.symbol = c.symbol "
                    "GROUP BY c.sector ORDER BY AVG(f.pe_ratio) DESC", ordered=True)
    c.ask("how many companies per sector, excluding Energy")
    assert shows(c, "SELECT sector, COUNT(*) FROM companies WHERE sector <> 'Energy' GROUP BY sector")
    c.ask("Find the number of companies in the sector with the most companies")
    assert shows(c, "SELECT COUNT(*) FROM companies GROUP BY sector ORDER BY COUNT(*) DESC LIMIT 1")
    w = Conv(world_db)
    w.ask("countries with the lowest life expectancy in their continent")
    assert shows(w, "SELECT Name FROM country c WHERE LifeExpectancy = (SELECT MIN(LifeExpectancy) FROM country c2 "
                    "WHERE c2.Continent = c.Continent)")
    with pytest.raises(w.engine.CannotAnswer) as e:
        w.ask("Canada's rank by population")          # a position, not an order of one row
    assert "'rank'" in str(e.value)


def test_counts_per_listed_entity_and_the_top_one(tmp_path):
    from conftest import build_shop
    c = Conv(build_shop(tmp_path / "shop.sqlite"))
    c.ask("list all products")
    c.ask("which of them cost more than 50?")
    c.ask("how many orders does each have?")              # one row per product listed, their filter kept
    assert shows(c, "SELECT p.title, COUNT(*) FROM orders o JOIN products p ON p.id = o.product_id "
                    "WHERE p.unit_price > 50 GROUP BY p.title")
    c.ask("which one was ordered the most?")
    assert shows(c, "SELECT p.title FROM orders o JOIN products p ON p.id = o.product_id WHERE p.unit_price > 50 "
                    "GROUP BY p.title ORDER BY COUNT(*) DESC LIMIT 1")


def test_reverse_the_order_and_remove_the_filters(demo_db, weather_db):
    c = Conv(demo_db)
    c.ask("average P/E by sector in Texas")
    c.ask("sort it from highest to lowest")
    c.ask("reverse the order")
    assert shows(c, "SELECT c.sector, AVG(f.pe_ratio) FROM companies c JOIN fundamentals f ON f.symbol = c.symbol "
                    "WHERE c.hq_region = 'Texas' GROUP BY c.sector ORDER BY AVG(f.pe_ratio)", ordered=True)
    c.ask("remove the filter")
    assert shows(c, "SELECT c.sector, AVG(f.pe_ratio) FROM companies c JOIN fundamentals f ON f.symbol = c.symbol "
                    "GROUP BY c.sector ORDER BY AVG(f.pe_ratio)", ordered=True)
    w = Conv(weather_db)
    w.ask("stations in the North")
    with pytest.raises(w.engine.CannotAnswer) as e:
        w.ask("reverse the order")                    # nothing was sorted: said, not guessed
    assert "no order" in str(e.value)


def test_the_rows_of_the_group_just_named_and_who_was_first(hr_db, demo_db):  # noqa: F811
    c = Conv(hr_db)
    c.ask("which department has the highest average salary?")
    c.ask("who are the employees there?")             # 'there': the department of the previous answer
    assert shows(c, "SELECT full_name FROM employees WHERE department_id = 1")
    c.ask("who was hired first?")
    assert shows(c, "SELECT full_name FROM employees WHERE hire_date IS NOT NULL ORDER BY hire_date LIMIT 1")
    with pytest.raises(c.engine.CannotAnswer):
        c.ask("how many companies are there?")       # no companies in an HR database
    d = Conv(demo_db)
    d.ask("which sector has the most companies?")
    d.ask("list the companies there")
    assert shows(d, "SELECT name FROM companies WHERE sector = 'Industrials'")


def test_pronouns_stay_pronouns_and_who_is_the_top_one(concert_db):  # noqa: F811
    c = Conv(concert_db)
    c.ask("Show all singers")
    c.ask("which ones are from France?")
    c.ask("who is the oldest among them?")          # 'them' is not the column Theme; one singer
    assert shows(c, "SELECT Name FROM singer WHERE Country = 'France' ORDER BY Age DESC LIMIT 1")
    c.ask("Order them by age")
    assert any(a["concept"] == "order" for a in c.res.tasks[0].assumptions)   # the direction was a default


def test_aggregates_of_the_top_rows_and_highest_per_bucket(demo_db, weather_db):
    c = Conv(demo_db)
    c.ask("total market cap of the 10 largest companies")
    assert shows(c, "SELECT SUM(market_cap) FROM (SELECT market_cap FROM fundamentals ORDER BY market_cap DESC LIMIT 10)")
    c.ask("how many of the 10 largest companies are in Energy?")
    assert shows(c, "SELECT COUNT(*) FROM (SELECT c.sector FROM companies c JOIN fundamentals f ON f.symbol = c.symbol "
                    "ORDER BY f.market_cap DESC LIMIT 10) WHERE sector = 'Energy'")
    c.ask("highest CPI per decade")
    assert shows(c, "SELECT (CAST(strftime('%Y', month) AS INTEGER) / 10) * 10, MAX(cpi) FROM index_monthly GROUP BY 1")
    w = Conv(weather_db)
    w.ask("average rainfall of the 2 oldest stations")
    assert shows(w, "SELECT AVG(r.rainfall) FROM readings r WHERE r.station_id IN (2, 4)") or \
        shows(w, "SELECT AVG(rainfall) FROM readings WHERE station_id IN (SELECT id FROM stations ORDER BY opened LIMIT 2)")


def test_entities_with_more_than_n_related_rows(hr_db, concert_db):  # noqa: F811
    c = Conv(hr_db)
    c.ask("departments with more than 2 employees")
    assert shows(c, "SELECT d.name FROM departments d JOIN employees e ON e.department_id = d.id "
                    "GROUP BY d.name HAVING COUNT(*) > 2")
    c.ask("show the name and salary of the highest paid employee")
    assert c.rows[0][0] == "Gus Berg" and "120000" in c.rows[0]
    s = Conv(concert_db)
    s.ask("stadiums with at least 2 concerts")
    assert shows(s, "SELECT s.Name FROM stadium s JOIN concert c ON c.Stadium_ID = s.Stadium_ID "
                    "GROUP BY s.Name HAVING COUNT(*) >= 2")


def test_there_after_the_one_row_a_listing_named(world_db):  # noqa: F811
    c = Conv(world_db)
    c.ask("What are the countries in Europe?")
    c.ask("Which of them has the largest population?")    # one row: 'has' is singular
    assert shows(c, "SELECT Name FROM country WHERE Continent = 'Europe' ORDER BY Population DESC LIMIT 1")
    c.ask("What languages are spoken there?")
    assert shows(c, "SELECT Language FROM countrylanguage WHERE CountryCode = (SELECT Code FROM country "
                    "WHERE Continent = 'Europe' ORDER BY Population DESC LIMIT 1)")


def test_nationality_words_find_country_values(concert_db):  # noqa: F811
    c = Conv(concert_db)
    c.ask("What is the average, minimum, and maximum age for all French singers?")
    assert shows(c, "SELECT AVG(Age), MIN(Age), MAX(Age) FROM singer WHERE Country = 'France'")
    assert any("France" in a["explanation"] for a in c.res.tasks[0].assumptions)


def test_a_category_ranked_by_a_measure_of_its_rows(demo_db):
    c = Conv(demo_db)
    c.ask("which sector is the most expensive by P/E?")
    assert shows(c, "SELECT c.sector FROM companies c JOIN fundamentals f ON f.symbol = c.symbol "
                    "GROUP BY c.sector ORDER BY AVG(f.pe_ratio) DESC LIMIT 1")


def test_breakdown_follow_ups_redo_every_step(demo_db):
    c = Conv(demo_db)
    c.ask("Give me an overview of the Energy sector", "auto_breakdown")
    n = len(c.res.tasks)
    c.ask("how does Utilities compare?", "auto_breakdown")
    assert len(c.res.tasks) == n and all("'Utilities'" in t.sql and "Energy" not in t.sql for t in c.res.tasks)
    c.ask("number of companies per decade of founding and the decade with the most", "auto_breakdown")
    assert shows(c, "SELECT (founded / 10) * 10 FROM companies GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1")


def test_never_as_an_absence(concert_db, tmp_path):  # noqa: F811
    c = Conv(concert_db)
    c.ask("singers who have never performed in a concert")     # through the link table
    assert shows(c, "SELECT Name FROM singer WHERE Singer_ID NOT IN (SELECT Singer_ID FROM singer_in_concert)")
    c.ask("stadiums that never hosted a concert")
    assert shows(c, "SELECT Name FROM stadium WHERE Stadium_ID NOT IN (SELECT Stadium_ID FROM concert)")


def test_paraphrased_follow_ups(weather_db):
    w = Conv(weather_db)
    w.ask("minimum temperature on record")
    w.ask("in which month was that?")                  # its date, not a grouping by month
    assert shows(w, "SELECT day FROM readings ORDER BY temperature LIMIT 1")
    w = Conv(weather_db)
    w.ask("regions with fewer than 2 stations")
    w.ask("what percentage of all stations do they represent?")
    assert shows(w, "SELECT 100.0 * 1 / 5")
