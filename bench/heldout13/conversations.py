"""Held-out set 13 (SParC / CoSQL style): multi-turn conversations that start simple and refine turn
by turn, written before the engine was run on them. Each turn: question, reference SQL (SQLite; a
list for a breakdown), optional `accept` (other SQL that also answers), or None when the data does
not hold the answer (the round must be declined)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ climbing
RG = "FROM Route r JOIN Gym g ON g.Gym_ID = r.Gym_ID"
AR = "FROM Ascent a JOIN Route r ON r.Route_ID = a.Route_ID"
AC = "FROM Climber c JOIN Ascent a ON a.Climber_ID = c.Climber_ID"
BIGGYM = "GROUP BY g.Gym_ID HAVING COUNT(*) > 25"
TOPR = f"SELECT r.Route_ID {AR} GROUP BY r.Route_ID ORDER BY COUNT(*) DESC LIMIT 1"
NOFLASH = "Climber_ID NOT IN (SELECT Climber_ID FROM Ascent WHERE Is_Flash = 1)"
HARDC = f"{AC} GROUP BY c.Climber_ID HAVING AVG(a.Attempts) > (SELECT AVG(Attempts) FROM Ascent)"
NEWCITY = "SELECT City FROM Gym WHERE Opened_Year > '2015' EXCEPT SELECT City FROM Gym WHERE Opened_Year < '2015'"

CLIMBING = [
    conv("climb-1",
         ("How many gyms are there?", "SELECT COUNT(*) FROM Gym"),
         ("which of them are in Denver?", "SELECT Gym_Name FROM Gym WHERE City = 'Denver'"),
         ("show their opening year too", "SELECT Gym_Name, Opened_Year FROM Gym WHERE City = 'Denver'"),
         ("what about Portland?", "SELECT Gym_Name, Opened_Year FROM Gym WHERE City = 'Portland'")),
    conv("climb-2",
         ("List all routes graded 8 or higher.", "SELECT Route_Name FROM Route WHERE Grade >= 8"),
         ("only those that are lead routes", "SELECT Route_Name FROM Route WHERE Grade >= 8 AND Style = 'Lead'"),
         ("how many are there?", "SELECT COUNT(*) FROM Route WHERE Grade >= 8 AND Style = 'Lead'"),
         ("what's the phone number of the setter of each?", D)),
    conv("climb-3",
         ("Show the names and ages of climbers older than 50.", "SELECT Name, Age FROM Climber WHERE Age > 50"),
         ("order them by age, oldest first", "SELECT Name, Age FROM Climber WHERE Age > 50 ORDER BY Age DESC",
          ["SELECT Name FROM Climber WHERE Age > 50"]),
         ("just the top 3", "SELECT Name, Age FROM Climber WHERE Age > 50 ORDER BY Age DESC LIMIT 3",
          ["SELECT Name FROM Climber WHERE Age = (SELECT MAX(Age) FROM Climber)"]),   # the top 3 are all 61
         ("which gym is each of them a member of?",
          "SELECT c.Name, g.Gym_Name FROM Climber c JOIN Gym g ON g.Gym_ID = c.Home_Gym_ID "
          "WHERE c.Age > 50 ORDER BY c.Age DESC LIMIT 3",
          ["SELECT c.Name, g.Gym_Name FROM Climber c JOIN Gym g ON g.Gym_ID = c.Home_Gym_ID "
           "WHERE c.Age = (SELECT MAX(Age) FROM Climber)"])),
    conv("climb-4",
         ("What is the average monthly fee of the gyms?", "SELECT AVG(Monthly_Fee) FROM Gym"),
         ("which gyms charge more than that?",
          "SELECT Gym_Name FROM Gym WHERE Monthly_Fee > (SELECT AVG(Monthly_Fee) FROM Gym)"),
         ("how many walls do they have?",
          "SELECT Gym_Name, Num_of_Walls FROM Gym WHERE Monthly_Fee > (SELECT AVG(Monthly_Fee) FROM Gym)"),
         ("will they raise their fees next year?", D)),
    conv("climb-5",
         ("How many routes does each gym have?", f"SELECT g.Gym_Name, COUNT(*) {RG} GROUP BY g.Gym_ID"),
         ("only gyms with more than 25 routes", f"SELECT g.Gym_Name, COUNT(*) {RG} {BIGGYM}"),
         ("what about the average grade of their routes?", f"SELECT g.Gym_Name, AVG(r.Grade) {RG} {BIGGYM}")),
    conv("climb-6",
         ("How many ascents were logged in 2024?", "SELECT COUNT(*) FROM Ascent WHERE Ascent_Date LIKE '2024%'"),
         ("how many of them were flashes?",
          "SELECT COUNT(*) FROM Ascent WHERE Ascent_Date LIKE '2024%' AND Is_Flash = 1"),
         ("break that down by month",
          "SELECT strftime('%m', Ascent_Date) AS m, COUNT(*) FROM Ascent WHERE Ascent_Date LIKE '2024%' "
          "AND Is_Flash = 1 GROUP BY m",
          ["SELECT strftime('%Y-%m', Ascent_Date) AS m, COUNT(*) FROM Ascent WHERE Ascent_Date LIKE '2024%' "
           "AND Is_Flash = 1 GROUP BY m"]),
         ("why were there fewer in the winter?", D)),
    conv("climb-7",
         ("Which climbers have never flashed a route?", f"SELECT Name FROM Climber WHERE {NOFLASH}"),
         ("how many are there?", f"SELECT COUNT(*) FROM Climber WHERE {NOFLASH}"),
         ("which of them hold an annual membership?",
          f"SELECT Name FROM Climber WHERE {NOFLASH} AND Membership = 'Annual'"),
         ("which of them is most likely to cancel?", D)),
    conv("climb-8",
         ("Which route has been climbed the most times?",
          f"SELECT r.Route_Name {AR} GROUP BY r.Route_ID ORDER BY COUNT(*) DESC LIMIT 1"),
         ("which gym is it at?", f"SELECT g.Gym_Name {RG} WHERE r.Route_ID IN ({TOPR})"),
         ("who set it and when?", f"SELECT Setter, Set_Date FROM Route WHERE Route_ID IN ({TOPR})"),
         ("how tall is the wall it's on?", D)),
    conv("climb-9",
         ("List the boulder problems set by Tash Okoro.",
          "SELECT Route_Name FROM Route WHERE Style = 'Boulder' AND Setter = 'Tash Okoro'"),
         ("only those graded 5 or above",
          "SELECT Route_Name FROM Route WHERE Style = 'Boulder' AND Setter = 'Tash Okoro' AND Grade >= 5"),
         ("order them by grade",
          "SELECT Route_Name, Grade FROM Route WHERE Style = 'Boulder' AND Setter = 'Tash Okoro' AND Grade >= 5 "
          "ORDER BY Grade",
          ["SELECT Route_Name FROM Route WHERE Style = 'Boulder' AND Setter = 'Tash Okoro' AND Grade >= 5"]),
         ("show the gym names too",
          f"SELECT r.Route_Name, g.Gym_Name {RG} WHERE r.Style = 'Boulder' AND r.Setter = 'Tash Okoro' "
          "AND r.Grade >= 5")),
    conv("climb-10",
         ("What's the average number of attempts per ascent?", "SELECT AVG(Attempts) FROM Ascent"),
         ("Which climbers average more attempts than that?", f"SELECT c.Name {HARDC}"),
         ("just the top 3", f"SELECT c.Name {HARDC} ORDER BY AVG(a.Attempts) DESC LIMIT 3"),
         ("what is their heart rate while climbing?", D)),
    conv("climb-11",
         ("Which gyms opened before 2015?", "SELECT Gym_Name FROM Gym WHERE Opened_Year < '2015'"),
         ("how many climbers call each of them home?",
          "SELECT g.Gym_Name, COUNT(*) FROM Climber c JOIN Gym g ON g.Gym_ID = c.Home_Gym_ID "
          "WHERE g.Opened_Year < '2015' GROUP BY g.Gym_ID"),
         ("What is the email address of the Crux Collective manager?", D)),
    conv("climb-12",
         ("How many climbers are there per membership type?",
          "SELECT Membership, COUNT(*) FROM Climber GROUP BY Membership"),
         ("what is the average age for each type?", "SELECT Membership, AVG(Age) FROM Climber GROUP BY Membership"),
         ("which type has the youngest climbers on average?",
          "SELECT Membership FROM Climber GROUP BY Membership ORDER BY AVG(Age) LIMIT 1"),
         ("which membership type will grow fastest next year?", D),
         ("show the climbers who joined in 2024 with a punch card",
          "SELECT Name FROM Climber WHERE Joined_Year = '2024' AND Membership = 'Punch Card'")),
    conv("climb-13",
         ("Which cities have a gym?", "SELECT DISTINCT City FROM Gym"),
         ("Which cities have a gym that opened after 2015 but none that opened before 2015?", NEWCITY),
         ("How many routes are there at gyms in those cities?",
          f"SELECT COUNT(*) {RG} WHERE g.City IN ({NEWCITY})"),
         ("what rating do climbers give those routes on average?", D)),
]

# ------------------------------------------------------------------------------------------ apiary
HVJ = "FROM Harvest hv JOIN Hive h ON h.Hive_ID = hv.Hive_ID"
ALL3 = (f"{HVJ} JOIN Beekeeper k ON k.Keeper_ID = h.Keeper_ID "
        "JOIN Cooperative c ON c.Coop_ID = k.Coop_ID")
KH = "FROM Beekeeper k JOIN Hive h ON h.Keeper_ID = k.Keeper_ID"
BIGH = "SELECT Hive_ID FROM Harvest GROUP BY Hive_ID HAVING AVG(Honey_Kg) > (SELECT AVG(Honey_Kg) FROM Harvest)"
NOACA = (f"Keeper_ID NOT IN (SELECT h.Keeper_ID {HVJ} WHERE hv.Honey_Type = 'Acacia')")
TOPCOOP_A = f"SELECT c.Coop_ID {ALL3} WHERE hv.Grade = 'A' GROUP BY c.Coop_ID ORDER BY SUM(hv.Honey_Kg) DESC LIMIT 1"
SUMMER = "Harvest_Date BETWEEN '2024-08-01' AND '2024-08-31'"

APIARY = [
    conv("bee-1",
         ("How many cooperatives are there?", "SELECT COUNT(*) FROM Cooperative"),
         ("list the ones in the South region", "SELECT Coop_Name FROM Cooperative WHERE Region = 'South'"),
         ("show their member counts too",
          "SELECT Coop_Name, Num_of_Members FROM Cooperative WHERE Region = 'South'"),
         ("which of them has the most members?",
          "SELECT Coop_Name FROM Cooperative WHERE Region = 'South' ORDER BY Num_of_Members DESC LIMIT 1")),
    conv("bee-2",
         ("What breeds of bees are kept?", "SELECT DISTINCT Bee_Breed FROM Hive"),
         ("how many hives of each breed?", "SELECT Bee_Breed, COUNT(*) FROM Hive GROUP BY Bee_Breed"),
         ("what about just the top bar hives?",
          "SELECT Bee_Breed, COUNT(*) FROM Hive WHERE Hive_Type = 'Top Bar' GROUP BY Bee_Breed"),
         ("which breed makes the sweetest honey?", D)),
    conv("bee-3",
         ("Total honey harvested in 2023", "SELECT SUM(Honey_Kg) FROM Harvest WHERE Harvest_Date LIKE '2023%'"),
         ("and in 2024?", "SELECT SUM(Honey_Kg) FROM Harvest WHERE Harvest_Date LIKE '2024%'"),
         ("split the 2024 figure by honey type",
          "SELECT Honey_Type, SUM(Honey_Kg) FROM Harvest WHERE Harvest_Date LIKE '2024%' GROUP BY Honey_Type"),
         ("how much will we harvest in 2025?", D)),
    conv("bee-4",
         ("Which beekeepers are certified?", "SELECT Keeper_Name FROM Beekeeper WHERE Is_Certified = 'Y'"),
         ("only those with more than 20 years of experience",
          "SELECT Keeper_Name FROM Beekeeper WHERE Is_Certified = 'Y' AND Years_Experience > 20"),
         ("order them by experience",
          "SELECT Keeper_Name, Years_Experience FROM Beekeeper WHERE Is_Certified = 'Y' AND Years_Experience > 20 "
          "ORDER BY Years_Experience",
          ["SELECT Keeper_Name FROM Beekeeper WHERE Is_Certified = 'Y' AND Years_Experience > 20"]),
         ("which cooperative does each belong to?",
          "SELECT k.Keeper_Name, c.Coop_Name FROM Beekeeper k JOIN Cooperative c ON c.Coop_ID = k.Coop_ID "
          "WHERE k.Is_Certified = 'Y' AND k.Years_Experience > 20")),
    conv("bee-5",
         ("How many hives does each beekeeper have?", f"SELECT k.Keeper_Name, COUNT(*) {KH} GROUP BY k.Keeper_ID",
          ["SELECT k.Keeper_Name, COUNT(h.Hive_ID) FROM Beekeeper k LEFT JOIN Hive h ON h.Keeper_ID = k.Keeper_ID "
           "GROUP BY k.Keeper_ID"]),
         ("which keepers have more than 6 hives?",
          f"SELECT k.Keeper_Name {KH} GROUP BY k.Keeper_ID HAVING COUNT(*) > 6"),
         ("show their cooperative too",
          f"SELECT k.Keeper_Name, c.Coop_Name {KH} JOIN Cooperative c ON c.Coop_ID = k.Coop_ID "
          "GROUP BY k.Keeper_ID HAVING COUNT(*) > 6")),
    conv("bee-6",
         ("What is the average amount of honey per harvest?", "SELECT AVG(Honey_Kg) FROM Harvest"),
         ("Which hives average more than that per harvest?", BIGH),
         ("how many are there?", f"SELECT COUNT(*) FROM ({BIGH})"),
         ("which of them are Buckfast hives?",
          f"SELECT Hive_ID FROM Hive WHERE Bee_Breed = 'Buckfast' AND Hive_ID IN ({BIGH})")),
    conv("bee-7",
         ("List the hives installed in 2024", "SELECT Hive_ID FROM Hive WHERE Install_Year = '2024'"),
         ("which of them have 20 frames?",
          "SELECT Hive_ID FROM Hive WHERE Install_Year = '2024' AND Num_of_Frames = 20"),
         ("who keeps them?",
          f"SELECT h.Hive_ID, k.Keeper_Name {KH} WHERE h.Install_Year = '2024' AND h.Num_of_Frames = 20",
          [f"SELECT k.Keeper_Name {KH} WHERE h.Install_Year = '2024' AND h.Num_of_Frames = 20",
           f"SELECT DISTINCT k.Keeper_Name {KH} WHERE h.Install_Year = '2024' AND h.Num_of_Frames = 20"]),
         ("how old is the queen in each of those hives?", D)),
    conv("bee-8",
         ("Which beekeepers have never harvested acacia honey?",
          f"SELECT Keeper_Name FROM Beekeeper WHERE {NOACA}"),
         ("how many of them are certified?",
          f"SELECT COUNT(*) FROM Beekeeper WHERE {NOACA} AND Is_Certified = 'Y'"),
         ("and how many years of experience do those certified ones have on average?",
          f"SELECT AVG(Years_Experience) FROM Beekeeper WHERE {NOACA} AND Is_Certified = 'Y'")),
    conv("bee-9",
         ("Which cooperative harvested the most honey in total?",
          f"SELECT c.Coop_Name {ALL3} GROUP BY c.Coop_ID ORDER BY SUM(hv.Honey_Kg) DESC LIMIT 1"),
         ("what about grade A honey only?",
          f"SELECT c.Coop_Name {ALL3} WHERE hv.Grade = 'A' GROUP BY c.Coop_ID ORDER BY SUM(hv.Honey_Kg) DESC LIMIT 1"),
         ("how many members does that cooperative have?",
          f"SELECT Num_of_Members FROM Cooperative WHERE Coop_ID IN ({TOPCOOP_A})"),
         ("what's its bank account number?", D)),
    conv("bee-10",
         ("Show the harvests of more than 30 kg", "SELECT Harvest_ID FROM Harvest WHERE Honey_Kg > 30",
          ["SELECT Hive_ID, Honey_Kg FROM Harvest WHERE Honey_Kg > 30"]),
         ("only the ones from August 2024",
          f"SELECT Harvest_ID FROM Harvest WHERE Honey_Kg > 30 AND {SUMMER}",
          [f"SELECT Hive_ID, Honey_Kg FROM Harvest WHERE Honey_Kg > 30 AND {SUMMER}"]),
         ("what was the weather on those days?", D)),
    conv("bee-11",
         ("What's the average years of experience of beekeepers in each region?",
          "SELECT c.Region, AVG(k.Years_Experience) FROM Beekeeper k JOIN Cooperative c ON c.Coop_ID = k.Coop_ID "
          "GROUP BY c.Region"),
         ("Which regions average more than 17 years?",
          "SELECT c.Region FROM Beekeeper k JOIN Cooperative c ON c.Coop_ID = k.Coop_ID "
          "GROUP BY c.Region HAVING AVG(k.Years_Experience) > 17")),
    conv("bee-12",
         ("How many harvests were graded C?", "SELECT COUNT(*) FROM Harvest WHERE Grade = 'C'"),
         ("which honey type has the most grade C harvests?",
          "SELECT Honey_Type FROM Harvest WHERE Grade = 'C' GROUP BY Honey_Type ORDER BY COUNT(*) DESC LIMIT 1"),
         ("which cooperatives had fewer than 5 grade C harvests in 2024?",
          f"SELECT c.Coop_Name {ALL3} WHERE hv.Grade = 'C' AND hv.Harvest_Date LIKE '2024%' "
          "GROUP BY c.Coop_ID HAVING COUNT(*) < 5"),
         ("what price did grade C honey sell for?", D)),
]

# ------------------------------------------------------------------------------------------ ferry
CV = "FROM crossing c JOIN vessel v ON v.Vessel_ID = c.Vessel_ID"
NORAMP = "SELECT Port_ID FROM port WHERE Has_Car_Ramp = 'No'"
BUSYV = f"{CV} GROUP BY v.Vessel_ID HAVING AVG(c.Passengers) > (SELECT AVG(Passengers) FROM crossing)"
OLDCAP = "FROM captain k JOIN vessel v ON v.Vessel_ID = k.Vessel_ID WHERE k.Age > 55"
NOFARA = ("Vessel_ID NOT IN (SELECT c.Vessel_ID FROM crossing c JOIN port p ON p.Port_ID = c.Arrival_Port "
          "WHERE p.Island = 'Fara')")
BIGOP = "SELECT Operator FROM vessel GROUP BY Operator HAVING COUNT(*) > 2"
SUM24 = "Sail_Date BETWEEN '2024-06-01' AND '2024-08-31'"
SUM23 = "Sail_Date BETWEEN '2023-06-01' AND '2023-08-31'"

FERRY = [
    conv("ferry-1",
         ("How many vessels are there?", "SELECT COUNT(*) FROM vessel"),
         ("which of them were built before 2005?", "SELECT Vessel_Name FROM vessel WHERE Built_Year < '2005'"),
         ("show their passenger capacity too",
          "SELECT Vessel_Name, Passenger_Capacity FROM vessel WHERE Built_Year < '2005'"),
         ("just the biggest one",
          "SELECT Vessel_Name, Passenger_Capacity FROM vessel WHERE Built_Year < '2005' "
          "ORDER BY Passenger_Capacity DESC LIMIT 1",
          ["SELECT Vessel_Name FROM vessel WHERE Built_Year < '2005' ORDER BY Passenger_Capacity DESC LIMIT 1"])),
    conv("ferry-2",
         ("List the ports on Hallow", "SELECT Port_Name FROM port WHERE Island = 'Hallow'"),
         ("which ports have no car ramp?", "SELECT Port_Name FROM port WHERE Has_Car_Ramp = 'No'"),
         ("how many crossings departed from those ports?",
          f"SELECT COUNT(*) FROM crossing WHERE Departure_Port IN ({NORAMP})"),
         ("what's the ticket price to Scarra?", D)),
    conv("ferry-3",
         ("What was the total fare revenue in 2024?",
          "SELECT SUM(Fare_Revenue) FROM crossing WHERE Sail_Date LIKE '2024%'"),
         ("break it down by operator",
          f"SELECT v.Operator, SUM(c.Fare_Revenue) {CV} WHERE c.Sail_Date LIKE '2024%' GROUP BY v.Operator"),
         ("which operator had the highest?",
          f"SELECT v.Operator {CV} WHERE c.Sail_Date LIKE '2024%' GROUP BY v.Operator "
          "ORDER BY SUM(c.Fare_Revenue) DESC LIMIT 1"),
         ("and what was its profit?", D)),
    conv("ferry-4",
         ("How many crossings were delayed by more than an hour?",
          "SELECT COUNT(*) FROM crossing WHERE Delay_Minutes > 60"),
         ("which vessels had them?", f"SELECT DISTINCT v.Vessel_Name {CV} WHERE c.Delay_Minutes > 60"),
         ("how many per vessel?",
          f"SELECT v.Vessel_Name, COUNT(*) {CV} WHERE c.Delay_Minutes > 60 GROUP BY v.Vessel_ID"),
         ("why were they late?", D)),
    conv("ferry-5",
         ("What's the average number of passengers per crossing?", "SELECT AVG(Passengers) FROM crossing"),
         ("which vessels carry more than that on average?", f"SELECT v.Vessel_Name {BUSYV}"),
         ("show their operator too", f"SELECT v.Vessel_Name, v.Operator {BUSYV}"),
         ("what passenger satisfaction score do those vessels get?", D)),
    conv("ferry-6",
         ("List the captains older than 55", "SELECT Captain_Name FROM captain WHERE Age > 55"),
         ("which vessels do they command?", f"SELECT k.Captain_Name, v.Vessel_Name {OLDCAP}",
          [f"SELECT v.Vessel_Name {OLDCAP}"]),
         ("only those on Westerly Lines vessels",
          f"SELECT k.Captain_Name, v.Vessel_Name {OLDCAP} AND v.Operator = 'Westerly Lines'",
          [f"SELECT v.Vessel_Name {OLDCAP} AND v.Operator = 'Westerly Lines'"]),
         ("what's their salary?", D)),
    conv("ferry-7",
         ("Which port had the most departures?",
          "SELECT p.Port_Name FROM crossing c JOIN port p ON p.Port_ID = c.Departure_Port "
          "GROUP BY p.Port_ID ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how many crossings went from Kelport to Ardmuir in July 2024?",
          "SELECT COUNT(*) FROM crossing c JOIN port d ON d.Port_ID = c.Departure_Port "
          "JOIN port a ON a.Port_ID = c.Arrival_Port WHERE d.Port_Name = 'Kelport' AND a.Port_Name = 'Ardmuir' "
          "AND c.Sail_Date LIKE '2024-07%'"),
         ("how many passengers did they carry?",
          "SELECT SUM(c.Passengers) FROM crossing c JOIN port d ON d.Port_ID = c.Departure_Port "
          "JOIN port a ON a.Port_ID = c.Arrival_Port WHERE d.Port_Name = 'Kelport' AND a.Port_Name = 'Ardmuir' "
          "AND c.Sail_Date LIKE '2024-07%'")),
    conv("ferry-8",
         ("Which vessels have never sailed to Fara?", f"SELECT Vessel_Name FROM vessel WHERE {NOFARA}"),
         ("how many crossings did they make in total?",
          f"SELECT COUNT(*) FROM crossing WHERE {NOFARA}"),
         ("which of them was built most recently?",
          f"SELECT Vessel_Name FROM vessel WHERE {NOFARA} ORDER BY Built_Year DESC LIMIT 1")),
    conv("ferry-9",
         ("How many crossings were there in summer 2024, June to August?",
          f"SELECT COUNT(*) FROM crossing WHERE {SUM24}"),
         ("what was the average delay on those?", f"SELECT AVG(Delay_Minutes) FROM crossing WHERE {SUM24}"),
         ("and the same months in 2023?", f"SELECT AVG(Delay_Minutes) FROM crossing WHERE {SUM23}"),
         ("will next summer be worse?", D)),
    conv("ferry-10",
         ("Which operators run more than two vessels?", BIGOP),
         ("What is the total car capacity of their fleet?",
          f"SELECT SUM(Car_Capacity) FROM vessel WHERE Operator IN ({BIGOP})"),
         ("how many cars did those vessels carry in 2024?",
          f"SELECT SUM(c.Cars) {CV} WHERE v.Operator IN ({BIGOP}) AND c.Sail_Date LIKE '2024%'")),
    conv("ferry-11",
         ("Which captains got their licence after 2010?", "SELECT Captain_Name FROM captain WHERE Licence_Year > '2010'"),
         ("how many are there?", "SELECT COUNT(*) FROM captain WHERE Licence_Year > '2010'"),
         ("which of them is the youngest?",
          "SELECT Captain_Name FROM captain WHERE Licence_Year > '2010' ORDER BY Age LIMIT 1"),
         ("what's their home address?", D)),
    conv("ferry-12",
         ("What is the average fare revenue per crossing for each vessel?",
          f"SELECT v.Vessel_Name, AVG(c.Fare_Revenue) {CV} GROUP BY v.Vessel_ID"),
         ("only vessels that carry no cars",
          f"SELECT v.Vessel_Name, AVG(c.Fare_Revenue) {CV} WHERE v.Car_Capacity = 0 GROUP BY v.Vessel_ID"),
         ("how much fuel did they burn last year?", D)),
]

SETS = {"climbing": CLIMBING, "apiary": APIARY, "ferry": FERRY}
