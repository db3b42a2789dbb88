"""heldout64: a dispatcher's conversations over three databases (fishing fleet, minicab office,
ready-mix concrete haulier), written before the engine was run on them. Each turn: question,
reference SQL (SQLite), optional `accept` (other honest readings), or None for a round to decline."""
from __future__ import annotations

from itertools import product

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# unit conversions an analyst may honestly use (each gives slightly different figures)
MILES = ["/ 1.609344", "* 0.621371", "/ 1.609", "* 0.6214"]
LBS = ["* 2.20462", "/ 0.45359237", "* 2.2046", "* 2.205"]
YD3 = ["* 1.307951", "/ 0.764555", "* 1.308"]


def forms(template: str, **opts: list[str]) -> tuple[str, list[str]]:
    """The reference (first option of each slot) and every other combination as accepts."""
    keys = list(opts)
    combos = [template.format(**dict(zip(keys, c))) for c in product(*(opts[k] for k in keys))]
    return combos[0], combos[1:]


def turn(q: str, template: str, extra: list[str] = (), **opts: list[str]) -> tuple:
    ref, acc = forms(template, **opts)
    return (q, ref, acc + list(extra)) if acc or extra else (q, ref)


# ------------------------------------------------------------------------------------------ fishing
TJV = "FROM trips t JOIN vessels v ON v.vessel_id = t.vessel_id"
LT = "FROM landings l JOIN trips t ON t.trip_id = l.trip_id"
Y24 = "t.departed_on LIKE '2024%'"
TOP_KM = f"SELECT v.vessel_name {TJV} WHERE {Y24} GROUP BY v.vessel_name ORDER BY SUM(t.distance_km) DESC LIMIT 1"
LANDED24 = ["t.returned_on LIKE '2024%'", "t.departed_on LIKE '2024%'"]
POTS = "FROM vessels WHERE LOWER(gear_type) = 'pot'"
LONGEST_POT = f"SELECT vessel_id {POTS} ORDER BY CAST(length_m AS REAL) DESC LIMIT 1"
FUEL_KM = "SUM(t.fuel_litres) / SUM(t.distance_km)"
BIG_MONK = "SELECT trip_id FROM landings WHERE species = 'Monkfish' ORDER BY weight_kg DESC LIMIT 1"
SENIOR = "SELECT skipper_id FROM skippers WHERE years_experience > 10"
DOW_NAME = ("CASE strftime('%w', departed_on) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday' "
            "WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' ELSE 'Saturday' END")

FISHING = [
    conv("fi-1",
         ("km steamed per boat in 2024",
          f"SELECT v.vessel_name, SUM(t.distance_km) {TJV} WHERE {Y24} GROUP BY v.vessel_name"),
         turn("in miles?", "SELECT v.vessel_name, SUM(t.distance_km) {m} " + TJV + f" WHERE {Y24} GROUP BY v.vessel_name",
              m=MILES),
         ("which boat did the most?", TOP_KM),
         ("how many litres of diesel did it burn that year?",
          f"SELECT SUM(t.fuel_litres) {TJV} WHERE {Y24} AND v.vessel_name = ({TOP_KM})")),
    conv("fi-2",
         turn("cod landed in 2024, in lb",
              "SELECT SUM(l.weight_kg) {lb} " + LT + " WHERE l.species = 'Cod' AND {y}", lb=LBS, y=LANDED24),
         turn("and haddock?",
              "SELECT SUM(l.weight_kg) {lb} " + LT + " WHERE l.species = 'Haddock' AND {y}", lb=LBS, y=LANDED24),
         turn("avg price per kilo the haddock fetched that year?",
              "SELECT {avg} " + LT + " WHERE l.species = 'Haddock' AND {y}",
              avg=["SUM(l.weight_kg * l.price_per_kg) / SUM(l.weight_kg)", "AVG(l.price_per_kg)"], y=LANDED24),
         ("what was the sea temperature on those trips?", D)),
    conv("fi-3",
         ("list the pot boats", f"SELECT vessel_name {POTS}"),
         ("how long are they, in metres?", f"SELECT vessel_name, length_m {POTS}",
          [f"SELECT vessel_name, CAST(length_m AS REAL) {POTS}"]),
         ("which is the longest?", f"SELECT vessel_name {POTS} ORDER BY CAST(length_m AS REAL) DESC LIMIT 1"),
         ("who skippers her most?",
          "SELECT s.full_name FROM trips t JOIN skippers s ON s.skipper_id = t.skipper_id "
          f"WHERE t.vessel_id = ({LONGEST_POT}) GROUP BY s.skipper_id ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT s.full_name FROM trips t JOIN skippers s ON s.skipper_id = t.skipper_id "
           f"WHERE t.vessel_id = ({LONGEST_POT}) AND t.status <> 'cancelled' GROUP BY s.skipper_id "
           "ORDER BY COUNT(*) DESC LIMIT 1"])),
    conv("fi-4",
         ("how many trawlers have we got?", "SELECT COUNT(*) FROM vessels WHERE LOWER(gear_type) = 'trawl'"),
         ("trips aborted in 2024 - how many?",
          "SELECT COUNT(*) FROM trips WHERE status = 'aborted' AND departed_on LIKE '2024%'"),
         ("why were they called off?", D),
         ("which port had the most?",
          f"SELECT v.home_port {TJV} WHERE t.status = 'aborted' AND {Y24} GROUP BY v.home_port "
          "ORDER BY COUNT(*) DESC LIMIT 1",
          [f"SELECT v.home_port {TJV} WHERE t.status = 'aborted' GROUP BY v.home_port ORDER BY COUNT(*) DESC LIMIT 1"])),
    conv("fi-5",
         ("landings by species, tonnes", "SELECT species, SUM(weight_kg) / 1000.0 FROM landings GROUP BY species"),
         ("top 3 by value",
          "SELECT species FROM landings GROUP BY species ORDER BY SUM(weight_kg * price_per_kg) DESC LIMIT 3"),
         ("what share of the value is lobster?",
          "SELECT 100.0 * SUM(CASE WHEN species = 'Lobster' THEN weight_kg * price_per_kg END) "
          "/ SUM(weight_kg * price_per_kg) FROM landings",
          ["SELECT SUM(CASE WHEN species = 'Lobster' THEN weight_kg * price_per_kg END) "
           "/ SUM(weight_kg * price_per_kg) FROM landings"])),
    conv("fi-6",
         turn("litres per km for each boat",
              "SELECT v.vessel_name, {r} " + TJV + " {w} GROUP BY v.vessel_name",
              r=[FUEL_KM, "AVG(t.fuel_litres / t.distance_km)"], w=["WHERE t.distance_km IS NOT NULL", ""]),
         turn("per mile then",
              "SELECT v.vessel_name, SUM(t.fuel_litres) / (SUM(t.distance_km) {m}) " + TJV + " {w} "
              "GROUP BY v.vessel_name", m=MILES, w=["WHERE t.distance_km IS NOT NULL", ""]),
         turn("thirstiest boat?",
              "SELECT v.vessel_name " + TJV + " {w} GROUP BY v.vessel_name ORDER BY {r} DESC LIMIT 1",
              w=["WHERE t.distance_km IS NOT NULL", ""], r=[FUEL_KM]),
         ("what did its fuel cost us in 2024?", D)),
    conv("fi-7",
         ("skippers with over 10 years experience", "SELECT full_name FROM skippers WHERE years_experience > 10"),
         ("which of them has done the most trips?",
          "SELECT s.full_name FROM trips t JOIN skippers s ON s.skipper_id = t.skipper_id "
          f"WHERE t.skipper_id IN ({SENIOR}) GROUP BY s.skipper_id ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT s.full_name FROM trips t JOIN skippers s ON s.skipper_id = t.skipper_id "
           f"WHERE t.skipper_id IN ({SENIOR}) AND t.status <> 'cancelled' GROUP BY s.skipper_id "
           "ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("when does his licence run out?", D)),
    conv("fi-8",
         turn("how many trips went out on a weekend in 2024?",
              "SELECT COUNT(*) FROM trips WHERE strftime('%w', departed_on) IN ('0', '6') "
              "AND departed_on LIKE '2024%'{c}", c=["", " AND status <> 'cancelled'"]),
         turn("weekdays?",
              "SELECT COUNT(*) FROM trips WHERE strftime('%w', departed_on) NOT IN ('0', '6') "
              "AND departed_on LIKE '2024%'{c}", c=["", " AND status <> 'cancelled'"]),
         turn("which day of the week do most boats go out?",
              "SELECT {d} AS dow FROM trips {w} GROUP BY dow ORDER BY COUNT(*) DESC LIMIT 1",
              d=["strftime('%w', departed_on)", DOW_NAME],
              w=["WHERE departed_on LIKE '2024%'", "", "WHERE departed_on LIKE '2024%' AND status <> 'cancelled'"])),
    conv("fi-9",
         turn("biggest single monkfish landing, in pounds",
              "SELECT MAX(weight_kg) {lb} FROM landings WHERE species = 'Monkfish'", lb=LBS),
         ("which boat was that?",
          f"SELECT v.vessel_name {TJV} WHERE t.trip_id = ({BIG_MONK})"),
         ("what date did it come in?", f"SELECT returned_on FROM trips WHERE trip_id = ({BIG_MONK})"),
         ("what was the sea state that day?", D)),
    conv("fi-10",
         ("how much cod quota have we got left?", D),
         turn("cod landed per month in 2024, kg",
              "SELECT strftime('{f}', t.returned_on) AS mon, SUM(l.weight_kg) " + LT +
              " WHERE l.species = 'Cod' AND t.returned_on LIKE '2024%' GROUP BY mon", f=["%m", "%Y-%m"]),
         turn("best month?",
              "SELECT strftime('{f}', t.returned_on) AS mon " + LT +
              " WHERE l.species = 'Cod' AND t.returned_on LIKE '2024%' GROUP BY mon ORDER BY SUM(l.weight_kg) DESC "
              "LIMIT 1", f=["%m", "%Y-%m"])),
]

# ------------------------------------------------------------------------------------------ minicabs
HR = "CAST(strftime('%H', pickup_due) AS INTEGER)"
WD = "strftime('%w', pickup_due)"
J24 = "pickup_due LIKE '2024%'"
LATE = "picked_up_at > pickup_due"
JD = "FROM jobs j JOIN drivers d ON d.driver_id = j.driver_id"
WKEND_EVE = "j.pickup_due LIKE '2024%' AND CAST(strftime('%H', j.pickup_due) AS INTEGER) >= 18 " \
            "AND strftime('%w', j.pickup_due) IN ('0', '6')"
ST_ALL = ["", " AND status = 'DONE'", " AND status <> 'CXL'"]
MORNING = [f"{HR} BETWEEN 6 AND 11", f"{HR} < 12"]
NIGHT = [f"({HR} >= 22 OR {HR} < 6)", f"{HR} < 6", f"({HR} >= 23 OR {HR} < 6)", f"({HR} >= 22 OR {HR} < 5)"]
TOP5 = (f"SELECT driver_id FROM jobs WHERE status = 'DONE' AND {J24} GROUP BY driver_id "
        "ORDER BY SUM(fare) DESC LIMIT 5")
AIRPORT = "SELECT driver_id FROM drivers WHERE home_base = 'Airport'"
SHORT = "(julianday(pickup_due) - julianday(booked_at)) * 1440 < 15"
WKFLAG = f"({WD} IN ('0', '6'))"

MINICABS = [
    conv("mc-1",
         turn("jobs after 6pm on weekdays in 2024?",
              f"SELECT COUNT(*) FROM jobs WHERE {J24} AND {HR} >= 18 AND {WD} NOT IN ('0', '6'){{s}}", s=ST_ALL),
         turn("and weekends?",
              f"SELECT COUNT(*) FROM jobs WHERE {J24} AND {HR} >= 18 AND {WD} IN ('0', '6'){{s}}", s=ST_ALL),
         ("only late ones",
          f"SELECT COUNT(*) FROM jobs j WHERE {WKEND_EVE} AND j.status = 'DONE' AND j.{LATE}"),
         ("who drove most of those?",
          f"SELECT d.driver_name {JD} WHERE {WKEND_EVE} AND j.status = 'DONE' AND j.{LATE} "
          "GROUP BY d.driver_id ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("mc-2",
         turn("avg fare on saloon jobs",
              "SELECT AVG(fare) FROM jobs WHERE vehicle_class = 'saloon'{s}", s=[" AND status = 'DONE'", ""]),
         turn("same for the vans",
              "SELECT AVG(fare) FROM jobs WHERE vehicle_class = 'van'{s}", s=[" AND status = 'DONE'", ""]),
         turn("avg distance in miles for the vans?",
              "SELECT AVG(distance_km) {m} FROM jobs WHERE vehicle_class = 'van'{s}", m=MILES,
              s=[" AND status = 'DONE'", ""]),
         turn("longest van run - where did it go?",
              "SELECT dropoff_area FROM jobs WHERE vehicle_class = 'van'{s} ORDER BY distance_km DESC LIMIT 1",
              s=[" AND status = 'DONE'", ""])),
    conv("mc-3",
         turn("morning pickups by area in 2024",
              f"SELECT pickup_area, COUNT(*) FROM jobs WHERE {J24} AND {{h}}{{s}} GROUP BY pickup_area",
              h=MORNING, s=ST_ALL),
         turn("which area's busiest?",
              f"SELECT pickup_area FROM jobs WHERE {J24} AND {{h}}{{s}} GROUP BY pickup_area "
              "ORDER BY COUNT(*) DESC LIMIT 1", h=MORNING, s=ST_ALL),
         turn("what about overnight?",
              f"SELECT pickup_area FROM jobs WHERE {J24} AND {{h}}{{s}} GROUP BY pickup_area "
              "ORDER BY COUNT(*) DESC LIMIT 1", h=NIGHT, s=ST_ALL)),
    conv("mc-4",
         turn("busiest hour for pickups",
              "SELECT {h} AS hr FROM jobs {w} GROUP BY hr ORDER BY COUNT(*) DESC LIMIT 1",
              h=["strftime('%H', pickup_due)"], w=["", "WHERE status = 'DONE'"]),
         turn("saturdays?",
              "SELECT strftime('%H', pickup_due) AS hr FROM jobs WHERE " + WD + " = '6'{s} GROUP BY hr "
              "ORDER BY COUNT(*) DESC LIMIT 1", s=["", " AND status = 'DONE'"]),
         ("how many complaints came in on saturdays?", D),
         ("how many saturday jobs got cancelled?", f"SELECT COUNT(*) FROM jobs WHERE status = 'CXL' AND {WD} = '6'")),
    conv("mc-5",
         turn("no-shows per month in 2024",
              "SELECT strftime('{f}', pickup_due) AS mon, COUNT(*) FROM jobs WHERE status = 'NOSHOW' AND " + J24 +
              " GROUP BY mon", f=["%m", "%Y-%m"]),
         ("how much did we bill for them?", f"SELECT SUM(fare) FROM jobs WHERE status = 'NOSHOW' AND {J24}"),
         ("which driver had the most no-shows?",
          f"SELECT d.driver_name {JD} WHERE j.status = 'NOSHOW' AND j.{J24} GROUP BY d.driver_id "
          "ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("mc-6",
         turn("cash vs card share, completed jobs, Dec 2024",
              "SELECT payment, {k} * COUNT(*) / (SELECT COUNT(*) FROM jobs WHERE status = 'DONE' AND "
              "pickup_due LIKE '2024-12%') FROM jobs WHERE status = 'DONE' AND pickup_due LIKE '2024-12%' "
              "GROUP BY payment", k=["100.0", "1.0"],
              extra=["SELECT payment, 100.0 * COUNT(*) / (SELECT COUNT(*) FROM jobs WHERE status = 'DONE' AND "
                     "pickup_due LIKE '2024-12%' AND payment IN ('cash', 'card')) FROM jobs WHERE status = 'DONE' "
                     "AND pickup_due LIKE '2024-12%' AND payment IN ('cash', 'card') GROUP BY payment"]),
         ("how much did drivers get in tips?", D),
         ("account work - which account spent the most in 2024?",
          f"SELECT account_name FROM jobs WHERE payment = 'account' AND status = 'DONE' AND {J24} "
          "GROUP BY account_name ORDER BY SUM(fare) DESC LIMIT 1")),
    conv("mc-7",
         ("top 5 drivers by takings in 2024",
          f"SELECT d.driver_name, SUM(j.fare) AS takings {JD} WHERE j.status = 'DONE' AND j.{J24} "
          "GROUP BY d.driver_id ORDER BY takings DESC LIMIT 5",
          [f"SELECT d.driver_name, SUM(j.fare) AS takings {JD} WHERE j.{J24} "
           "GROUP BY d.driver_id ORDER BY takings DESC LIMIT 5"]),
         ("how many hours did each of them have a passenger on board?",
          "SELECT d.driver_name, SUM((julianday(j.dropped_off_at) - julianday(j.picked_up_at)) * 24) "
          f"{JD} WHERE j.status = 'DONE' AND j.{J24} AND j.driver_id IN ({TOP5}) GROUP BY d.driver_id"),
         ("what shifts are they on next week?", D)),
    conv("mc-8",
         turn("weekend vs weekday avg fare",
              "SELECT AVG(fare) FROM jobs {s} GROUP BY " + WKFLAG, s=["WHERE status = 'DONE'", ""]),
         turn("per km?",
              "SELECT {r} FROM jobs WHERE status = 'DONE' GROUP BY " + WKFLAG,
              r=["SUM(fare) / SUM(distance_km)", "AVG(fare / distance_km)"]),
         ("how much fuel did the weekend jobs burn?", D)),
    conv("mc-9",
         ("how many jobs were booked less than 15 min before pickup?", f"SELECT COUNT(*) FROM jobs WHERE {SHORT}"),
         ("how many of those were late?", f"SELECT COUNT(*) FROM jobs WHERE {SHORT} AND status = 'DONE' AND {LATE}"),
         turn("late rate overall?",
              "SELECT {k} * SUM(" + LATE + ") / COUNT(*) FROM jobs {w}", k=["100.0", "1.0"],
              w=["WHERE status = 'DONE'", ""])),
    conv("mc-10",
         ("which drivers are based at the airport?", "SELECT driver_name FROM drivers WHERE home_base = 'Airport'"),
         ("how many sunday jobs did they do in 2024?",
          f"SELECT COUNT(*) FROM jobs WHERE driver_id IN ({AIRPORT}) AND status = 'DONE' AND {WD} = '0' AND {J24}",
          [f"SELECT d.driver_name, COUNT(*) {JD} WHERE j.driver_id IN ({AIRPORT}) AND j.status = 'DONE' AND "
           f"strftime('%w', j.pickup_due) = '0' AND j.{J24} GROUP BY d.driver_id"]),
         ("what are their ratings like?", D)),
]

# ------------------------------------------------------------------------------------------ readymix
ON_DAY = ("JOIN truck_assignments a ON a.truck_id = d.truck_id "
          "AND d.delivered_on BETWEEN a.from_date AND COALESCE(a.to_date, '9999-12-31') "
          "JOIN drivers r ON r.driver_id = a.driver_id")
DT = "FROM deliveries d JOIN trucks t ON t.truck_id = d.truck_id"
NAME = ["r.first_name, r.last_name", "r.first_name || ' ' || r.last_name"]
LOADED = ["d.status <> 'cancelled'", "1 = 1"]
DELIV = ["d.status IN ('delivered', 'part-returned')", "d.status <> 'cancelled'"]
M3_24 = f"{DT} WHERE t.fleet_no = 'M-03'"
M03 = "SELECT truck_id FROM trucks WHERE fleet_no = 'M-03'"
PUMP24 = ("FROM truck_assignments a JOIN trucks t ON t.truck_id = a.truck_id JOIN drivers r ON r.driver_id = a.driver_id "
          "WHERE t.truck_type = 'pump' AND a.from_date <= '2024-12-31' AND COALESCE(a.to_date, '9999-12-31') >= '2024-01-01'")
DOW_D = ("CASE strftime('%w', d.delivered_on) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday' "
         "WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' ELSE 'Saturday' END")

READYMIX = [
    conv("rm-1",
         turn("how many loads did M-10 do in november 2024?",
              f"SELECT COUNT(*) {DT} WHERE t.fleet_no = 'M-10' AND d.delivered_on LIKE '2024-11%' AND {{s}}", s=LOADED),
         ("only late ones",
          f"SELECT COUNT(*) {DT} WHERE t.fleet_no = 'M-10' AND d.delivered_on LIKE '2024-11%' "
          "AND d.status <> 'cancelled' AND d.arrived > d.booked_slot"),
         turn("who drove most of those?",
              "SELECT {n} " + DT + " " + ON_DAY + " WHERE t.fleet_no = 'M-10' AND d.delivered_on LIKE '2024-11%' "
              "AND d.status <> 'cancelled' AND d.arrived > d.booked_slot GROUP BY r.driver_id "
              "ORDER BY COUNT(*) DESC LIMIT 1", n=NAME),
         ("how many hours did they work that month?", D)),
    conv("rm-2",
         turn("who's driving M-03 right now?",
              "SELECT {n} FROM truck_assignments a JOIN drivers r ON r.driver_id = a.driver_id "
              f"WHERE a.truck_id = ({M03}) AND a.to_date IS NULL", n=NAME),
         ("since when?", f"SELECT from_date FROM truck_assignments WHERE truck_id = ({M03}) AND to_date IS NULL"),
         turn("who had it before?",
              "SELECT {n} FROM truck_assignments a JOIN drivers r ON r.driver_id = a.driver_id "
              f"WHERE a.truck_id = ({M03}) AND a.to_date = (SELECT MAX(to_date) FROM truck_assignments "
              f"WHERE truck_id = ({M03}))", n=NAME)),
    conv("rm-3",
         turn("m3 delivered per mix in 2024",
              "SELECT d.mix_code, {v} FROM deliveries d WHERE d.delivered_on LIKE '2024%' AND {s} GROUP BY d.mix_code",
              v=["SUM(d.volume_m3)", "SUM(d.volume_m3 - COALESCE(d.returned_m3, 0))"], s=DELIV),
         turn("in cubic yards?",
              "SELECT d.mix_code, {v} {y} FROM deliveries d WHERE d.delivered_on LIKE '2024%' AND {s} "
              "GROUP BY d.mix_code", v=["SUM(d.volume_m3)", "SUM(d.volume_m3 - COALESCE(d.returned_m3, 0))"],
              y=YD3, s=DELIV),
         turn("biggest mix?",
              "SELECT d.mix_code FROM deliveries d WHERE d.delivered_on LIKE '2024%' AND {s} GROUP BY d.mix_code "
              "ORDER BY SUM(d.volume_m3) DESC LIMIT 1", s=DELIV)),
    conv("rm-4",
         ("how many pumps have we got?", "SELECT COUNT(*) FROM trucks WHERE truck_type = 'pump' AND status <> 'sold'"),
         turn("who drove a pump in 2024?", "SELECT DISTINCT {n} " + PUMP24, n=NAME),
         turn("pump jobs each in 2024?",
              "SELECT {n}, COUNT(*) " + DT + " " + ON_DAY + " WHERE t.truck_type = 'pump' "
              "AND d.delivered_on LIKE '2024%' AND {s} GROUP BY r.driver_id", n=NAME, s=LOADED)),
    conv("rm-5",
         ("avg distance to site by depot, km", f"SELECT t.depot, AVG(d.distance_km) {DT} GROUP BY t.depot"),
         turn("in miles", "SELECT t.depot, AVG(d.distance_km) {m} " + DT + " GROUP BY t.depot", m=MILES),
         ("furthest delivery - which customer?",
          "SELECT customer FROM deliveries ORDER BY distance_km DESC LIMIT 1")),
    conv("rm-6",
         ("rejected loads in 2024 by customer",
          "SELECT customer, COUNT(*) FROM deliveries WHERE status = 'rejected' AND delivered_on LIKE '2024%' "
          "GROUP BY customer"),
         ("why were they rejected?", D),
         turn("what share of 2024 loads got rejected?",
              "SELECT {k} * SUM(d.status = 'rejected') / COUNT(*) FROM deliveries d WHERE d.delivered_on LIKE '2024%' "
              "AND {s}", k=["100.0", "1.0"], s=LOADED)),
    conv("rm-7",
         turn("drivers who've left", "SELECT {n} FROM drivers r WHERE r.left_on IS NOT NULL", n=NAME),
         turn("last truck each of them drove?",
              "SELECT {n}, t.fleet_no FROM truck_assignments a JOIN drivers r ON r.driver_id = a.driver_id "
              "JOIN trucks t ON t.truck_id = a.truck_id WHERE r.left_on IS NOT NULL "
              "AND a.from_date = (SELECT MAX(a2.from_date) FROM truck_assignments a2 WHERE a2.driver_id = a.driver_id)",
              n=NAME),
         turn("how many loads did they do in total?",
              "SELECT {n}, COUNT(*) FROM deliveries d " + ON_DAY + " WHERE r.left_on IS NOT NULL AND {s} "
              "GROUP BY r.driver_id", n=NAME, s=LOADED,
              extra=[f"SELECT COUNT(*) FROM deliveries d {ON_DAY} WHERE r.left_on IS NOT NULL AND {s}"
                     for s in LOADED])),
    conv("rm-8",
         ("how many trucks are off the road right now?", "SELECT COUNT(*) FROM trucks WHERE status = 'off-road'"),
         ("what's wrong with them?", D),
         ("when did they go into service?", "SELECT fleet_no, in_service FROM trucks WHERE status = 'off-road'"),
         turn("and when did they last deliver?",
              "SELECT t.fleet_no, MAX(d.delivered_on) " + DT + " WHERE t.status = 'off-road' AND {s} "
              "GROUP BY t.fleet_no", s=LOADED)),
    conv("rm-9",
         turn("avg load size on the mixers, m3",
              "SELECT AVG(d.volume_m3) " + DT + " WHERE t.truck_type = 'mixer' AND {s}", s=LOADED),
         turn("and the volumetrics?",
              "SELECT AVG(d.volume_m3) " + DT + " WHERE t.truck_type = 'volumetric' AND {s}", s=LOADED),
         ("how much diesel did the volumetrics use?", D)),
    conv("rm-10",
         turn("busiest day of the week for deliveries in 2024",
              "SELECT {w} AS dow FROM deliveries d WHERE d.delivered_on LIKE '2024%' AND {s} GROUP BY dow "
              "ORDER BY COUNT(*) DESC LIMIT 1", w=["strftime('%w', d.delivered_on)", DOW_D], s=LOADED),
         turn("saturdays in 2024 - loads and m3?",
              "SELECT COUNT(*), SUM(d.volume_m3) FROM deliveries d WHERE strftime('%w', d.delivered_on) = '6' "
              "AND d.delivered_on LIKE '2024%' AND {s}", s=DELIV),
         turn("who did the most saturday loads?",
              "SELECT {n} FROM deliveries d " + ON_DAY + " WHERE strftime('%w', d.delivered_on) = '6' "
              "AND d.delivered_on LIKE '2024%' AND {s} GROUP BY r.driver_id ORDER BY COUNT(*) DESC LIMIT 1",
              n=NAME, s=LOADED)),
    conv("rm-11",
         ("average time from batching to arrival on site?", D),
         ("loads arriving before 7am in 2024?",
          "SELECT COUNT(*) FROM deliveries WHERE arrived < '07:00' AND delivered_on LIKE '2024%'"),
         ("which customer gets most of those?",
          "SELECT customer FROM deliveries WHERE arrived < '07:00' AND delivered_on LIKE '2024%' GROUP BY customer "
          "ORDER BY COUNT(*) DESC LIMIT 1")),
]

SETS = {"fishing": FISHING, "minicabs": MINICABS, "readymix": READYMIX}
