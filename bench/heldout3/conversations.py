"""The third set of held-out conversations, written the SParC / CoSQL way: each conversation starts
with a simple question and refines it step by step, and some rounds (CoSQL-style) cannot be answered
from the data. Written before the engine was run on them. Each turn: question, reference SQL
(SQLite; a list for a breakdown), optional `accept` (other SQL that also answers), or `decline: True`
when the data does not hold the answer."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ concert_singer
TOPST = "SELECT Stadium_ID FROM concert GROUP BY Stadium_ID ORDER BY COUNT(*) DESC LIMIT 1"
NOGIG = "Singer_ID NOT IN (SELECT Singer_ID FROM singer_in_concert)"
CSJ = "FROM concert c JOIN stadium s ON s.Stadium_ID = c.Stadium_ID"
BUSY = "SELECT Singer_ID FROM singer_in_concert GROUP BY Singer_ID HAVING COUNT(*) > 9"
TOPSINGER = "SELECT Singer_ID FROM singer_in_concert GROUP BY Singer_ID ORDER BY COUNT(*) DESC LIMIT 1"

CONCERT = [
    conv("cs-1",
         ("What are all the singers?", "SELECT Name FROM singer"),
         ("Which of them are from France?", "SELECT Name FROM singer WHERE Country = 'France'"),
         ("Show their names and ages", "SELECT Name, Age FROM singer WHERE Country = 'France'"),
         ("Order them by age, oldest first", "SELECT Name, Age FROM singer WHERE Country = 'France' ORDER BY Age DESC"),
         ("How many are there?", "SELECT COUNT(*) FROM singer WHERE Country = 'France'")),
    conv("cs-2",
         ("Which stadium hosted the most concerts?",
          f"SELECT s.Name {CSJ} GROUP BY s.Stadium_ID ORDER BY COUNT(*) DESC LIMIT 1"),
         ("What is its capacity?", f"SELECT Capacity FROM stadium WHERE Stadium_ID = ({TOPST})"),
         ("How many concerts were held there in 2022?",
          f"SELECT COUNT(*) FROM concert WHERE Stadium_ID = ({TOPST}) AND Year = '2022'"),
         ("Who designed that stadium?", D)),
    conv("cs-3",
         ("How many singers are there from each country?", "SELECT Country, COUNT(*) FROM singer GROUP BY Country"),
         ("Which countries have more than 10 singers?",
          "SELECT Country FROM singer GROUP BY Country HAVING COUNT(*) > 10"),
         ("Show the average age of the singers in those countries too",
          "SELECT Country, AVG(Age) FROM singer GROUP BY Country HAVING COUNT(*) > 10"),
         ("Which of those countries has the youngest singers on average?",
          "SELECT Country FROM singer GROUP BY Country HAVING COUNT(*) > 10 ORDER BY AVG(Age) LIMIT 1")),
    conv("cs-4",
         ("List the names of all male singers", "SELECT Name FROM singer WHERE Is_male = 'T'"),
         ("Which of them are older than the average age of all singers?",
          "SELECT Name FROM singer WHERE Is_male = 'T' AND Age > (SELECT AVG(Age) FROM singer)"),
         ("Show their song names as well",
          "SELECT Name, Song_Name FROM singer WHERE Is_male = 'T' AND Age > (SELECT AVG(Age) FROM singer)"),
         ("Which record label released those songs?", D)),
    conv("cs-5",
         ("Which singers did not perform in any concert?", f"SELECT Name FROM singer WHERE {NOGIG}"),
         ("How many of them are there?", f"SELECT COUNT(*) FROM singer WHERE {NOGIG}"),
         ("What countries are they from?", f"SELECT DISTINCT Country FROM singer WHERE {NOGIG}"),
         ("Why didn't they get booked?", D)),
    conv("cs-6",
         ("Show the names of the concerts held in 2023", "SELECT concert_Name FROM concert WHERE Year = '2023'"),
         ("Show each of them with the name of its stadium",
          f"SELECT c.concert_Name, s.Name {CSJ} WHERE c.Year = '2023'"),
         ("Only the ones at stadiums with a capacity over 30000",
          f"SELECT c.concert_Name, s.Name {CSJ} WHERE c.Year = '2023' AND s.Capacity > 30000"),
         ("How many different singers performed in those concerts?",
          "SELECT COUNT(DISTINCT sic.Singer_ID) FROM singer_in_concert sic JOIN concert c ON c.concert_ID = "
          "sic.concert_ID JOIN stadium s ON s.Stadium_ID = c.Stadium_ID WHERE c.Year = '2023' AND s.Capacity > 30000"),
         ("Which of those concerts sold out?", D)),
    conv("cs-7",
         ("What is the name and release year of the song by the youngest singer?",
          "SELECT Song_Name, Song_release_year FROM singer ORDER BY Age LIMIT 1"),
         ("And the song by the oldest singer?",
          "SELECT Song_Name, Song_release_year FROM singer ORDER BY Age DESC LIMIT 1",
          ["SELECT Song_Name FROM singer ORDER BY Age DESC LIMIT 1"]),
         ("What is the average age of singers whose songs came out after 2015?",
          "SELECT AVG(Age) FROM singer WHERE Song_release_year > '2015'"),
         ("How many streams did those songs get?", D)),
    conv("cs-8",
         ("Which singers performed in more than 9 concerts?",
          f"SELECT Name FROM singer WHERE Singer_ID IN ({BUSY})"),
         ("Show the name and the number of concerts for each of them",
          "SELECT s.Name, COUNT(*) FROM singer s JOIN singer_in_concert sic ON sic.Singer_ID = s.Singer_ID "
          "GROUP BY s.Singer_ID HAVING COUNT(*) > 9"),
         ("Who performed the most?", f"SELECT Name FROM singer WHERE Singer_ID = ({TOPSINGER})"),
         ("At which stadiums did that singer perform?",
          f"SELECT DISTINCT s.Name {CSJ} JOIN singer_in_concert sic ON sic.concert_ID = c.concert_ID "
          f"WHERE sic.Singer_ID = ({TOPSINGER})")),
    conv("cs-9",
         ("What is the capacity of the largest stadium?", "SELECT MAX(Capacity) FROM stadium"),
         ("Where is it located?", "SELECT Location FROM stadium ORDER BY Capacity DESC LIMIT 1"),
         ("What is the average attendance across all stadiums?", "SELECT AVG(Average) FROM stadium"),
         ("What was the attendance at last year's Grand Final?", D)),
]

# ------------------------------------------------------------------------------------------ pets
DOGS = "SELECT h.StuID FROM Has_Pet h JOIN Pets p ON p.PetID = h.PetID WHERE p.PetType = 'dog'"
CATS = "SELECT h.StuID FROM Has_Pet h JOIN Pets p ON p.PetID = h.PetID WHERE p.PetType = 'cat'"
SHP = "FROM Student s JOIN Has_Pet h ON h.StuID = s.StuID JOIN Pets p ON p.PetID = h.PetID"
NOPET = "StuID NOT IN (SELECT StuID FROM Has_Pet)"
MULTI = "SELECT StuID FROM Has_Pet GROUP BY StuID HAVING COUNT(*) > 1"
OLDCAT = "SELECT PetID FROM Pets WHERE PetType = 'cat' ORDER BY pet_age DESC LIMIT 1"
YMAJ = "SELECT Major FROM Student GROUP BY Major ORDER BY AVG(Age) LIMIT 1"
SH = "FROM Student s JOIN Has_Pet h ON h.StuID = s.StuID"
SLH = "FROM Student s LEFT JOIN Has_Pet h ON h.StuID = s.StuID"

PETS = [
    conv("pt-1",
         ("What are the names of students who have a dog?", f"SELECT Fname FROM Student WHERE StuID IN ({DOGS})",
          [f"SELECT s.Fname {SHP} WHERE p.PetType = 'dog'"]),
         ("And a cat too?", f"SELECT Fname FROM Student WHERE StuID IN ({DOGS}) AND StuID IN ({CATS})",
          [f"SELECT s.Fname {SHP} WHERE p.PetType = 'dog' INTERSECT SELECT s.Fname {SHP} WHERE p.PetType = 'cat'"]),
         ("How old are they?", f"SELECT Fname, Age FROM Student WHERE StuID IN ({DOGS}) AND StuID IN ({CATS})"),
         ("Which of them is the oldest?",
          f"SELECT Fname FROM Student WHERE StuID IN ({DOGS}) AND StuID IN ({CATS}) ORDER BY Age DESC LIMIT 1")),
    conv("pt-2",
         ("Find the students who have no pet", f"SELECT StuID FROM Student WHERE {NOPET}",
          [f"SELECT Fname FROM Student WHERE {NOPET}"]),
         ("How many of them are female?", f"SELECT COUNT(*) FROM Student WHERE {NOPET} AND Sex = 'F'"),
         ("What is their average age?", f"SELECT AVG(Age) FROM Student WHERE {NOPET} AND Sex = 'F'",
          [f"SELECT AVG(Age) FROM Student WHERE {NOPET}"]),
         ("What are their email addresses?", D)),
    conv("pt-3",
         ("How many pets are there of each type?", "SELECT PetType, COUNT(*) FROM Pets GROUP BY PetType"),
         ("What is the average age of each type?", "SELECT PetType, AVG(pet_age) FROM Pets GROUP BY PetType"),
         ("And the maximum weight?", "SELECT PetType, MAX(weight) FROM Pets GROUP BY PetType"),
         ("Which type is the heaviest on average?",
          "SELECT PetType FROM Pets GROUP BY PetType ORDER BY AVG(weight) DESC LIMIT 1")),
    conv("pt-4",
         ("Show the ids of students who own more than one pet", MULTI),
         ("Show their last names too", f"SELECT StuID, LName FROM Student WHERE StuID IN ({MULTI})"),
         ("How many of them are majoring in 600?",
          f"SELECT COUNT(*) FROM Student WHERE StuID IN ({MULTI}) AND Major = 600"),
         ("What is the average age of those students?",
          f"SELECT AVG(Age) FROM Student WHERE StuID IN ({MULTI}) AND Major = 600",
          [f"SELECT AVG(Age) FROM Student WHERE StuID IN ({MULTI})"])),
    conv("pt-5",
         ("What is the weight of the youngest dog?",
          "SELECT weight FROM Pets WHERE PetType = 'dog' ORDER BY pet_age LIMIT 1"),
         ("and of the oldest cat?", "SELECT weight FROM Pets WHERE PetType = 'cat' ORDER BY pet_age DESC LIMIT 1"),
         ("Who owns that cat?",
          f"SELECT Fname FROM Student WHERE StuID IN (SELECT StuID FROM Has_Pet WHERE PetID = ({OLDCAT}))"),
         ("What breed is it?", D)),
    conv("pt-6",
         ("List each student's first name with the number of pets they have",
          f"SELECT s.Fname, COUNT(*) {SH} GROUP BY s.StuID",
          [f"SELECT s.Fname, COUNT(h.PetID) {SLH} GROUP BY s.StuID"]),
         ("Only for students older than 20", f"SELECT s.Fname, COUNT(*) {SH} WHERE s.Age > 20 GROUP BY s.StuID",
          [f"SELECT s.Fname, COUNT(h.PetID) {SLH} WHERE s.Age > 20 GROUP BY s.StuID"]),
         ("Who has the most pets?",
          f"SELECT s.Fname {SH} WHERE s.Age > 20 GROUP BY s.StuID ORDER BY COUNT(*) DESC LIMIT 1",
          [f"SELECT s.Fname {SH} GROUP BY s.StuID ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("How much do they spend on pet food each month?", D)),
    conv("pt-7",
         ("What is the average age of students in each major?", "SELECT Major, AVG(Age) FROM Student GROUP BY Major"),
         ("Which major has the youngest students on average?", YMAJ),
         ("How many students are in it?", f"SELECT COUNT(*) FROM Student WHERE Major = ({YMAJ})"),
         ("How many of them own a cat?",
          f"SELECT COUNT(*) FROM Student WHERE Major = ({YMAJ}) AND StuID IN ({CATS})"),
         ("And what is the name of that major?", D)),
    conv("pt-8",
         ("How many dogs are older than 10?", "SELECT COUNT(*) FROM Pets WHERE PetType = 'dog' AND pet_age > 10"),
         ("What are the names of those dogs?", D),
         ("What is their average weight?", "SELECT AVG(weight) FROM Pets WHERE PetType = 'dog' AND pet_age > 10"),
         ("Which vet do they go to?", D)),
]

# ------------------------------------------------------------------------------------------ cars
MC = "FROM car_makers m JOIN countries c ON c.CountryId = m.Country"
CML = "FROM cars_data d JOIN model_list ml ON ml.ModelId = d.ModelId"
CMM = f"{CML} JOIN car_makers m ON m.Id = ml.Maker"
BIGM = "SELECT Maker FROM model_list GROUP BY Maker HAVING COUNT(*) > 2"
HEAVY = "Weight > (SELECT AVG(Weight) FROM cars_data)"

CARS = [
    conv("cr-1",
         ("Find the average weight for each year", "SELECT Year, AVG(Weight) FROM cars_data GROUP BY Year"),
         ("Only for cars with more than 4 cylinders",
          "SELECT Year, AVG(Weight) FROM cars_data WHERE Cylinders > 4 GROUP BY Year"),
         ("Which year had the heaviest such cars on average?",
          "SELECT Year FROM cars_data WHERE Cylinders > 4 GROUP BY Year ORDER BY AVG(Weight) DESC LIMIT 1"),
         ("What will the average be in 2030?", D)),
    conv("cr-2",
         ("How many car makers are there in each country?",
          f"SELECT c.CountryName, COUNT(*) {MC} GROUP BY c.CountryId",
          ["SELECT Country, COUNT(*) FROM car_makers GROUP BY Country"]),
         ("Which countries have at least 3 makers?", f"SELECT c.CountryName {MC} GROUP BY c.CountryId HAVING COUNT(*) >= 3"),
         ("What continents are those countries on?",
          f"SELECT ct.Continent {MC} JOIN continents ct ON ct.ContId = c.Continent GROUP BY c.CountryId "
          "HAVING COUNT(*) >= 3",
          ["SELECT DISTINCT ct.Continent FROM countries c JOIN continents ct ON ct.ContId = c.Continent WHERE "
           "c.CountryId IN (SELECT Country FROM car_makers GROUP BY Country HAVING COUNT(*) >= 3)"]),
         ("Which of those makers is the oldest company?", D)),
    conv("cr-3",
         ("What is the horsepower of the car with the highest MPG?",
          "SELECT Horsepower FROM cars_data ORDER BY MPG DESC LIMIT 1"),
         ("What model is it?", f"SELECT ml.Model {CML} ORDER BY d.MPG DESC LIMIT 1"),
         ("Who makes it?", f"SELECT m.Maker {CMM} ORDER BY d.MPG DESC LIMIT 1",
          [f"SELECT m.FullName {CMM} ORDER BY d.MPG DESC LIMIT 1"]),
         ("Which country is that maker from?",
          f"SELECT c.CountryName {CMM} JOIN countries c ON c.CountryId = m.Country ORDER BY d.MPG DESC LIMIT 1")),
    conv("cr-4",
         ("Which models have cars with horsepower above 150?",
          f"SELECT DISTINCT ml.Model {CML} WHERE d.Horsepower > 150"),
         ("How many of those models are there?", f"SELECT COUNT(DISTINCT ml.Model) {CML} WHERE d.Horsepower > 150"),
         ("Which of them are made by American makers?",
          f"SELECT DISTINCT ml.Model {CMM} JOIN countries c ON c.CountryId = m.Country "
          "WHERE d.Horsepower > 150 AND c.CountryName = 'usa'"),
         ("What did those cars cost?", D)),
    conv("cr-5",
         ("What is the average MPG of cars with 8 cylinders?", "SELECT AVG(MPG) FROM cars_data WHERE Cylinders = 8"),
         ("And with 4?", "SELECT AVG(MPG) FROM cars_data WHERE Cylinders = 4"),
         ("Show the average MPG for every number of cylinders",
          "SELECT Cylinders, AVG(MPG) FROM cars_data GROUP BY Cylinders"),
         ("Which cylinder count has the best average MPG?",
          "SELECT Cylinders FROM cars_data GROUP BY Cylinders ORDER BY AVG(MPG) DESC LIMIT 1")),
    conv("cr-6",
         ("Which makers have more than 2 models?", f"SELECT Maker FROM car_makers WHERE Id IN ({BIGM})"),
         ("Show their full names", f"SELECT FullName FROM car_makers WHERE Id IN ({BIGM})"),
         ("How many cars of theirs are in the data?",
          f"SELECT m.FullName, COUNT(*) {CMM} WHERE m.Id IN ({BIGM}) GROUP BY m.Id",
          [f"SELECT COUNT(*) {CMM} WHERE m.Id IN ({BIGM})"]),
         ("Which makers have no models at all?",
          "SELECT Maker FROM car_makers WHERE Id NOT IN (SELECT Maker FROM model_list)",
          ["SELECT FullName FROM car_makers WHERE Id NOT IN (SELECT Maker FROM model_list)"])),
    conv("cr-7",
         ("How many cars were made in 1975?", "SELECT COUNT(*) FROM cars_data WHERE Year = 1975"),
         ("What was the maximum horsepower that year?", "SELECT MAX(Horsepower) FROM cars_data WHERE Year = 1975"),
         ("Which car had it?", f"SELECT ml.Model {CML} WHERE d.Year = 1975 ORDER BY d.Horsepower DESC LIMIT 1",
          ["SELECT Id FROM cars_data WHERE Year = 1975 ORDER BY Horsepower DESC LIMIT 1"]),
         ("How fast does it accelerate?",
          "SELECT Accelerate FROM cars_data WHERE Year = 1975 ORDER BY Horsepower DESC LIMIT 1"),
         ("How much did it cost new?", D)),
    conv("cr-8",
         ("What is the average acceleration of cars that weigh more than the average weight?",
          f"SELECT AVG(Accelerate) FROM cars_data WHERE {HEAVY}"),
         ("How many such cars are there?", f"SELECT COUNT(*) FROM cars_data WHERE {HEAVY}"),
         ("What colour are they?", D),
         ("What's their average horsepower?", f"SELECT AVG(Horsepower) FROM cars_data WHERE {HEAVY}")),
]

# ------------------------------------------------------------------------------------------ flights
FAS = "FROM flights f JOIN airports a ON a.AirportCode = f.SourceAirport"
FAD = "FROM flights f JOIN airports a ON a.AirportCode = f.DestAirport"
FL = "FROM flights f JOIN airlines al ON al.uid = f.Airline"
TOPAL = "SELECT Airline FROM flights GROUP BY Airline ORDER BY COUNT(*) DESC LIMIT 1"
NODEP = "AirportCode NOT IN (SELECT SourceAirport FROM flights)"
NOARR = "AirportCode NOT IN (SELECT DestAirport FROM flights)"
BIGC = f"SELECT a.City {FAD} GROUP BY a.City HAVING COUNT(*) > 60"
JB = "(SELECT uid FROM airlines WHERE Airline = 'JetBlue Airways')"
USFEW = f"SELECT al.Airline, COUNT(*) {FL} WHERE al.Country = 'USA' GROUP BY al.uid HAVING COUNT(*) < 60"
TOPSRC = "SELECT SourceAirport FROM flights GROUP BY SourceAirport ORDER BY COUNT(*) DESC LIMIT 1"
ATLTOP = "SELECT Airline FROM flights WHERE SourceAirport = 'ATL' GROUP BY Airline ORDER BY COUNT(*) DESC LIMIT 1"

FLIGHTS = [
    conv("fl-1",
         ("How many flights are there?", "SELECT COUNT(*) FROM flights"),
         ("How many of them depart from Boston?", f"SELECT COUNT(*) {FAS} WHERE a.City = 'Boston'"),
         ("And how many arrive there?", f"SELECT COUNT(*) {FAD} WHERE a.City = 'Boston'"),
         ("Which airlines fly out of Boston?",
          f"SELECT DISTINCT al.Airline {FL} JOIN airports a ON a.AirportCode = f.SourceAirport WHERE a.City = 'Boston'"),
         ("How long is the flight from Boston to Denver?", D)),
    conv("fl-2",
         ("Which airline has the most flights?", f"SELECT al.Airline {FL} GROUP BY al.uid ORDER BY COUNT(*) DESC LIMIT 1"),
         ("What country is it from?", f"SELECT Country FROM airlines WHERE uid = ({TOPAL})"),
         ("How many different airports does it fly to?",
          f"SELECT COUNT(DISTINCT DestAirport) FROM flights WHERE Airline = ({TOPAL})"),
         ("What is its on-time rate?", D)),
    conv("fl-3",
         ("List the airports that have no departing flights", f"SELECT AirportName FROM airports WHERE {NODEP}",
          [f"SELECT AirportCode FROM airports WHERE {NODEP}"]),
         ("How many are there?", f"SELECT COUNT(*) FROM airports WHERE {NODEP}"),
         ("Which of them have no arriving flights either?",
          f"SELECT AirportName FROM airports WHERE {NODEP} AND {NOARR}",
          [f"SELECT AirportCode FROM airports WHERE {NODEP} AND {NOARR}"]),
         ("What cities are those in?", f"SELECT City FROM airports WHERE {NODEP} AND {NOARR}")),
    conv("fl-4",
         ("Which cities have more than 60 arriving flights?", BIGC),
         ("How many airports does each of them have?",
          f"SELECT City, COUNT(*) FROM airports WHERE City IN ({BIGC}) GROUP BY City"),
         ("Show only the ones with more than one airport",
          f"SELECT City FROM airports WHERE City IN ({BIGC}) GROUP BY City HAVING COUNT(*) > 1"),
         ("Which of those cities has the most delayed arrivals?", D)),
    conv("fl-5",
         ("What is the abbreviation of JetBlue Airways?",
          "SELECT Abbreviation FROM airlines WHERE Airline = 'JetBlue Airways'"),
         ("What country is it in?", "SELECT Country FROM airlines WHERE Airline = 'JetBlue Airways'"),
         ("How many flights does it operate?", f"SELECT COUNT(*) FROM flights WHERE Airline = {JB}"),
         ("Which airport do most of its flights leave from?",
          f"SELECT SourceAirport FROM flights WHERE Airline = {JB} GROUP BY SourceAirport ORDER BY COUNT(*) DESC LIMIT 1",
          [f"SELECT a.AirportName {FAS} WHERE f.Airline = {JB} GROUP BY a.AirportCode ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("How many passengers did it carry last year?", D)),
    conv("fl-6",
         ("Show all airlines from the USA", "SELECT Airline FROM airlines WHERE Country = 'USA'"),
         ("Which of them have fewer than 60 flights?", USFEW),
         ("Order them by number of flights", f"{USFEW} ORDER BY COUNT(*)",
          [f"{USFEW} ORDER BY COUNT(*) DESC"])),
    conv("fl-7",
         ("Which airlines have flights from ATL?",
          f"SELECT DISTINCT al.Airline {FL} WHERE f.SourceAirport = 'ATL'"),
         ("Which of them also fly out of Anchorage?",
          "SELECT al.Airline FROM airlines al WHERE al.uid IN (SELECT Airline FROM flights WHERE SourceAirport = 'ATL') "
          "AND al.uid IN (SELECT Airline FROM flights WHERE SourceAirport = 'ANC')"),
         ("Which airlines don't fly into JFK at all?",
          "SELECT Airline FROM airlines WHERE uid NOT IN (SELECT Airline FROM flights WHERE DestAirport = 'JFK')")),
    conv("fl-8",
         ("What is the busiest airport by number of departures?", TOPSRC,
          [f"SELECT a.AirportName {FAS} GROUP BY a.AirportCode ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("Which airline flies out of it the most?", f"SELECT Airline FROM airlines WHERE uid = ({ATLTOP})"),
         ("Which of those flights leaves earliest in the morning?", D),
         ("How many of that airline's flights from there go to Chicago?",
          f"SELECT COUNT(*) {FAD} WHERE f.SourceAirport = 'ATL' AND f.Airline = ({ATLTOP}) AND a.City = 'Chicago'")),
    conv("fl-9",
         ("How many airports are there in Canada?", "SELECT COUNT(*) FROM airports WHERE Country = 'Canada'"),
         ("How many flights go from Canada to the United States?",
          "SELECT COUNT(*) FROM flights f JOIN airports s ON s.AirportCode = f.SourceAirport JOIN airports d "
          "ON d.AirportCode = f.DestAirport WHERE s.Country = 'Canada' AND d.Country = 'United States'"),
         ("Who is the CEO of Air Canada?", D)),
]

SETS = {"concert_singer": CONCERT, "pets": PETS, "cars": CARS, "flights": FLIGHTS}
