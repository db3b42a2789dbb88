"""The seventh set of held-out conversations, written the SParC / CoSQL way before the engine was run
on them: each conversation starts simple and refines toward a harder final question ("them", "those",
"what about ...", "only ...", "order them ..."), with CoSQL-style rounds the data cannot answer. Each
turn: question, reference SQL (SQLite; the full SQL of what the round means in context), optional
`accept` (other SQL that also answers), or `decline: True` when the data does not hold the answer."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ museum_visit
MV = "FROM museum m JOIN visit v ON v.Museum_ID = m.Museum_ID"
VV = "FROM visitor vi JOIN visit v ON v.visitor_ID = vi.ID"
NEVER = "SELECT visitor_ID FROM visit"
AVG_AGE = "(SELECT AVG(Age) FROM visitor)"
MOST = "(SELECT Museum_ID FROM visit GROUP BY Museum_ID ORDER BY COUNT(*) DESC LIMIT 1)"
LEAST = "(SELECT Museum_ID FROM visit GROUP BY Museum_ID ORDER BY COUNT(*) ASC LIMIT 1)"

MUSEUM = [
    conv("mus-1",
         ("How many museums are there?", "SELECT COUNT(*) FROM museum"),
         ("Which of them opened after 2010?", "SELECT Name FROM museum WHERE Open_Year > '2010'"),
         ("how many staff do they have in total?", "SELECT SUM(Num_of_Staff) FROM museum WHERE Open_Year > '2010'"),
         ("what about the ones that opened before 2000?",
          "SELECT SUM(Num_of_Staff) FROM museum WHERE Open_Year < '2000'"),
         ("who are the staff members at the oldest of those?", D)),
    conv("mus-2",
         ("Show all visitors.", "SELECT Name FROM visitor", ["SELECT * FROM visitor"]),
         ("only those with membership level 8", "SELECT Name FROM visitor WHERE Level_of_membership = 8",
          ["SELECT * FROM visitor WHERE Level_of_membership = 8"]),
         ("order them by age, youngest first",
          "SELECT Name, Age FROM visitor WHERE Level_of_membership = 8 ORDER BY Age"),
         ("what are their phone numbers?", D)),
    conv("mus-3",
         ("Which museum had the most visits?",
          f"SELECT m.Name {MV} GROUP BY m.Museum_ID ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how much did visitors spend there in total?", f"SELECT SUM(Total_spent) FROM visit WHERE Museum_ID = {MOST}"),
         ("what about the least visited museum?", f"SELECT SUM(Total_spent) FROM visit WHERE Museum_ID = {LEAST}"),
         ("which exhibitions were on there?", D)),
    conv("mus-4",
         ("How many visitors have never visited a museum?",
          f"SELECT COUNT(*) FROM visitor WHERE ID NOT IN ({NEVER})"),
         ("list their names", f"SELECT Name FROM visitor WHERE ID NOT IN ({NEVER})"),
         ("which of them are older than 60?", f"SELECT Name FROM visitor WHERE ID NOT IN ({NEVER}) AND Age > 60"),
         ("when did they take out their membership?", D)),
    conv("mus-5",
         ("What is the average age of visitors?", "SELECT AVG(Age) FROM visitor"),
         ("how many visitors are older than that?", f"SELECT COUNT(*) FROM visitor WHERE Age > {AVG_AGE}"),
         ("only count the ones at membership level 3",
          f"SELECT COUNT(*) FROM visitor WHERE Age > {AVG_AGE} AND Level_of_membership = 3"),
         ("which museum do they visit the most?",
          f"SELECT m.Name {MV} WHERE v.visitor_ID IN (SELECT ID FROM visitor WHERE Age > {AVG_AGE} "
          "AND Level_of_membership = 3) GROUP BY m.Museum_ID ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("mus-6",
         ("Which visitors visited more than 8 times?", f"SELECT vi.Name {VV} GROUP BY vi.ID HAVING COUNT(*) > 8"),
         ("how much did each of them spend in total?",
          f"SELECT vi.Name, SUM(v.Total_spent) {VV} GROUP BY vi.ID HAVING COUNT(*) > 8"),
         ("order them by that, highest first",
          f"SELECT vi.Name, SUM(v.Total_spent) {VV} GROUP BY vi.ID HAVING COUNT(*) > 8 ORDER BY SUM(v.Total_spent) DESC"),
         ("just the top 3",
          f"SELECT vi.Name, SUM(v.Total_spent) {VV} GROUP BY vi.ID HAVING COUNT(*) > 8 "
          "ORDER BY SUM(v.Total_spent) DESC LIMIT 3")),
    conv("mus-7",
         ("How many museums are there in each city?", "SELECT City, COUNT(*) FROM museum GROUP BY City"),
         ("what's the average number of staff per city?", "SELECT City, AVG(Num_of_Staff) FROM museum GROUP BY City"),
         ("which city has the most staff in total?",
          "SELECT City FROM museum GROUP BY City ORDER BY SUM(Num_of_Staff) DESC LIMIT 1"),
         ("how many visitors will its museums get next year?", D)),
    conv("mus-8",
         ("How many visits were there in 2023?", "SELECT COUNT(*) FROM visit WHERE Visit_Date LIKE '2023%'"),
         ("what did they spend on average per visit?",
          "SELECT AVG(Total_spent) FROM visit WHERE Visit_Date LIKE '2023%'"),
         ("how many tickets were bought at the Old Mint Museum that year?",
          f"SELECT SUM(v.Num_of_Ticket) {MV} WHERE m.Name = 'Old Mint Museum' AND v.Visit_Date LIKE '2023%'"),
         ("why were there fewer visits there than in 2022?", D)),
]

# ------------------------------------------------------------------------------------------ tvshow
CS = "FROM TV_Channel c JOIN TV_series s ON s.Channel = c.id"
BEN = "SELECT Channel FROM Cartoon WHERE Directed_by = 'Ben Jones'"
TOPDIR = "(SELECT Directed_by FROM Cartoon GROUP BY Directed_by ORDER BY COUNT(*) DESC LIMIT 1)"
AVG_SHARE = "(SELECT AVG(Share) FROM TV_series)"

TVSHOW = [
    conv("tv-1",
         ("List all TV channels.", "SELECT series_name FROM TV_Channel", ["SELECT * FROM TV_Channel"]),
         ("which of them broadcast in Italian?", "SELECT series_name FROM TV_Channel WHERE Language = 'Italian'"),
         ("how many of those offer high definition?",
          "SELECT COUNT(*) FROM TV_Channel WHERE Language = 'Italian' AND Hight_definition_TV = 'yes'"),
         ("and how many of those have pay per view too?",
          "SELECT COUNT(*) FROM TV_Channel WHERE Language = 'Italian' AND Hight_definition_TV = 'yes' "
          "AND Pay_per_view_PPV = 'yes'")),
    conv("tv-2",
         ("How many cartoons has each director made?", "SELECT Directed_by, COUNT(*) FROM Cartoon GROUP BY Directed_by"),
         ("who directed the most?", "SELECT Directed_by FROM Cartoon GROUP BY Directed_by ORDER BY COUNT(*) DESC LIMIT 1"),
         ("list the titles of his cartoons", f"SELECT Title FROM Cartoon WHERE Directed_by = {TOPDIR}"),
         ("only the ones shown on Cartoon Network",
          f"SELECT Title FROM Cartoon WHERE Directed_by = {TOPDIR} "
          "AND Channel = (SELECT id FROM TV_Channel WHERE series_name = 'Cartoon Network')")),
    conv("tv-3",
         ("Which episode has the highest rating?", "SELECT Episode FROM TV_series ORDER BY Rating DESC LIMIT 1"),
         ("which channel aired it?", f"SELECT c.series_name {CS} ORDER BY s.Rating DESC LIMIT 1"),
         ("what's the average rating of the episodes on that channel?",
          "SELECT AVG(Rating) FROM TV_series WHERE Channel = (SELECT Channel FROM TV_series ORDER BY Rating DESC LIMIT 1)"),
         ("how much did advertisers pay for that top episode?", D)),
    conv("tv-4",
         ("Which channels don't show any cartoon directed by Ben Jones?",
          f"SELECT series_name FROM TV_Channel WHERE id NOT IN ({BEN})"),
         ("which countries are those channels from?", f"SELECT DISTINCT Country FROM TV_Channel WHERE id NOT IN ({BEN})",
          [f"SELECT series_name, Country FROM TV_Channel WHERE id NOT IN ({BEN})"]),
         ("how many of them are news channels?",
          f"SELECT COUNT(*) FROM TV_Channel WHERE id NOT IN ({BEN}) AND Content = 'news'")),
    conv("tv-5",
         ("What's the average number of viewers per channel?",
          f"SELECT c.series_name, AVG(s.Viewers_m) {CS} GROUP BY c.id"),
         ("only channels with more than 20 episodes",
          f"SELECT c.series_name, AVG(s.Viewers_m) {CS} GROUP BY c.id HAVING COUNT(*) > 20"),
         ("order them by average viewers, highest first",
          f"SELECT c.series_name, AVG(s.Viewers_m) {CS} GROUP BY c.id HAVING COUNT(*) > 20 ORDER BY AVG(s.Viewers_m) DESC"),
         ("which of them has the most subscribers?", D)),
    conv("tv-6",
         ("How many episodes have a share above the average share?",
          f"SELECT COUNT(*) FROM TV_series WHERE Share > {AVG_SHARE}"),
         ("which channels are those on?", f"SELECT DISTINCT c.series_name {CS} WHERE s.Share > {AVG_SHARE}"),
         ("how many of those episodes aired in 2024?",
          f"SELECT COUNT(*) FROM TV_series WHERE Share > {AVG_SHARE} AND Air_Date LIKE '2024%'"),
         ("why did those episodes do so well?", D)),
    conv("tv-7",
         ("What languages do the channels use?", "SELECT DISTINCT Language FROM TV_Channel"),
         ("how many channels use each?", "SELECT Language, COUNT(*) FROM TV_Channel GROUP BY Language"),
         ("which language has the most?",
          "SELECT Language FROM TV_Channel GROUP BY Language ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what's the average rating of episodes on channels in that language?",
          f"SELECT AVG(s.Rating) {CS} WHERE c.Language = 'Italian'"),
         ("which of those channels has the cheapest package?", D)),
    conv("tv-8",
         ("Who wrote the cartoons directed by Michael Chang?",
          "SELECT DISTINCT Written_by FROM Cartoon WHERE Directed_by = 'Michael Chang'"),
         ("how many of his cartoons did each of them write?",
          "SELECT Written_by, COUNT(*) FROM Cartoon WHERE Directed_by = 'Michael Chang' GROUP BY Written_by"),
         ("who presents Cartoon Network?", D),
         ("what is the most recent cartoon Michael Chang directed?",
          "SELECT Title FROM Cartoon WHERE Directed_by = 'Michael Chang' ORDER BY Original_air_date DESC LIMIT 1")),
]

# ------------------------------------------------------------------------------------------ battle_death
BS = "FROM battle b JOIN ship s ON s.lost_in_battle = b.id"
SD = "FROM ship s JOIN death d ON d.caused_by_ship_id = s.id"
MOSTLOST = "(SELECT lost_in_battle FROM ship GROUP BY lost_in_battle ORDER BY COUNT(*) DESC LIMIT 1)"
KILLER = "(SELECT caused_by_ship_id FROM death GROUP BY caused_by_ship_id ORDER BY SUM(killed) DESC LIMIT 1)"
AVG_K = "(SELECT AVG(killed) FROM death)"
CAP = "FROM ship WHERE disposition_of_ship = 'Captured'"

BATTLE = [
    conv("bat-1",
         ("How many battles ended in a Bulgarian victory?",
          "SELECT COUNT(*) FROM battle WHERE result = 'Bulgarian victory'"),
         ("who were the Latin commanders in them?",
          "SELECT DISTINCT latin_commander FROM battle WHERE result = 'Bulgarian victory'",
          ["SELECT latin_commander FROM battle WHERE result = 'Bulgarian victory'"]),
         ("which of those battles were fought before 1210?",
          "SELECT name FROM battle WHERE result = 'Bulgarian victory' AND date < '1210'"),
         ("how many soldiers fought on each side there?", D)),
    conv("bat-2",
         ("How many ships were lost in each battle?", f"SELECT b.name, COUNT(*) {BS} GROUP BY b.id"),
         ("which battle lost the most?", f"SELECT b.name {BS} GROUP BY b.id ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what was the total tonnage lost there?", f"SELECT SUM(tonnage) FROM ship WHERE lost_in_battle = {MOSTLOST}"),
         ("who commanded the Bulgarians in it?", f"SELECT bulgarian_commander FROM battle WHERE id = {MOSTLOST}")),
    conv("bat-3",
         ("What's the total number of people killed?", "SELECT SUM(killed) FROM death"),
         ("and injured?", "SELECT SUM(injured) FROM death"),
         ("which ship killed the most people in total?",
          f"SELECT s.name {SD} GROUP BY s.id ORDER BY SUM(d.killed) DESC LIMIT 1"),
         ("in which battle was it lost?", f"SELECT b.name {BS} WHERE s.id = {KILLER}")),
    conv("bat-4",
         ("Which battles did not lose any ship?",
          "SELECT name FROM battle WHERE id NOT IN (SELECT lost_in_battle FROM ship)"),
         ("how many are there?", "SELECT COUNT(*) FROM battle WHERE id NOT IN (SELECT lost_in_battle FROM ship)"),
         ("which of them had Kaloyan as the Bulgarian commander?",
          "SELECT name FROM battle WHERE id NOT IN (SELECT lost_in_battle FROM ship) AND bulgarian_commander = 'Kaloyan'")),
    conv("bat-5",
         ("What ship types are there?", "SELECT DISTINCT ship_type FROM ship"),
         ("how many ships of each type?", "SELECT ship_type, COUNT(*) FROM ship GROUP BY ship_type"),
         ("what's the average tonnage for each?", "SELECT ship_type, AVG(tonnage) FROM ship GROUP BY ship_type"),
         ("only the types averaging over 500 tons",
          "SELECT ship_type, AVG(tonnage) FROM ship GROUP BY ship_type HAVING AVG(tonnage) > 500"),
         ("which of those types was the fastest?", D)),
    conv("bat-6",
         ("Show all ships that were captured.", f"SELECT name {CAP}", [f"SELECT * {CAP}"]),
         ("which of them were over 300 tons?", f"SELECT name {CAP} AND tonnage > 300"),
         ("order them by tonnage, largest first", f"SELECT name, tonnage {CAP} AND tonnage > 300 ORDER BY tonnage DESC"),
         ("who were their captains?", D)),
    conv("bat-7",
         ("How many death records list more people killed than the average?",
          f"SELECT COUNT(*) FROM death WHERE killed > {AVG_K}"),
         ("what's the total number injured in those?", f"SELECT SUM(injured) FROM death WHERE killed > {AVG_K}"),
         ("how many of the killed were officers?", D)),
    conv("bat-8",
         ("How many ships were lost in the English Channel?",
          "SELECT COUNT(*) FROM ship WHERE location = 'English Channel'"),
         ("what about the ones that sank there?",
          "SELECT COUNT(*) FROM ship WHERE location = 'English Channel' AND disposition_of_ship = 'Sunk'"),
         ("list the battles those were lost in, with their dates",
          f"SELECT DISTINCT b.name, b.date {BS} WHERE s.location = 'English Channel' AND s.disposition_of_ship = 'Sunk'",
          [f"SELECT s.name, b.name, b.date {BS} WHERE s.location = 'English Channel' AND s.disposition_of_ship = 'Sunk'"]),
         ("what was the weather like on those days?", D)),
]

# ------------------------------------------------------------------------------------------ poker_player
PJ = "FROM people p JOIN poker_player pp ON pp.People_ID = p.People_ID"
AVG_E = "(SELECT AVG(Earnings) FROM poker_player)"
NOTP = "FROM people WHERE People_ID NOT IN (SELECT People_ID FROM poker_player)"
YOUNG = "WHERE p.Birth_Date >= '1991-01-01'"

POKER = [
    conv("pok-1",
         ("How many poker players are there?", "SELECT COUNT(*) FROM poker_player"),
         ("what are their names?", f"SELECT p.Name {PJ}"),
         ("which of them are taller than 190?", f"SELECT p.Name {PJ} WHERE p.Height > 190"),
         ("how much does each of them weigh?", D)),
    conv("pok-2",
         ("What are the average earnings of poker players?", "SELECT AVG(Earnings) FROM poker_player"),
         ("which players earn more than that?", f"SELECT p.Name {PJ} WHERE pp.Earnings > {AVG_E}"),
         ("how many are there?", f"SELECT COUNT(*) FROM poker_player WHERE Earnings > {AVG_E}"),
         ("how many of them are from Russia?",
          f"SELECT COUNT(*) {PJ} WHERE pp.Earnings > {AVG_E} AND p.Nationality = 'Russia'"),
         ("what will their earnings be next year?", D)),
    conv("pok-3",
         ("Which nationality has the most poker players?",
          f"SELECT p.Nationality {PJ} GROUP BY p.Nationality ORDER BY COUNT(*) DESC LIMIT 1"),
         ("list the players from there", f"SELECT p.Name {PJ} WHERE p.Nationality = 'United States'"),
         ("order them by earnings, highest first",
          f"SELECT p.Name, pp.Earnings {PJ} WHERE p.Nationality = 'United States' ORDER BY pp.Earnings DESC"),
         ("just the top 5",
          f"SELECT p.Name, pp.Earnings {PJ} WHERE p.Nationality = 'United States' ORDER BY pp.Earnings DESC LIMIT 5")),
    conv("pok-4",
         ("Show the people who are not poker players.", f"SELECT Name {NOTP}", [f"SELECT * {NOTP}"]),
         ("how many are there?", f"SELECT COUNT(*) {NOTP}"),
         ("what are their email addresses?", D),
         ("only count the Bulgarian ones", f"SELECT COUNT(*) {NOTP} AND Nationality = 'Bulgaria'")),
    conv("pok-5",
         ("Who is the tallest poker player?", f"SELECT p.Name {PJ} ORDER BY p.Height DESC LIMIT 1"),
         ("what's his best finish?", f"SELECT pp.Best_Finish {PJ} ORDER BY p.Height DESC LIMIT 1"),
         ("and how much has he earned?", f"SELECT pp.Earnings {PJ} ORDER BY p.Height DESC LIMIT 1"),
         ("how many tournaments has he entered?", D)),
    conv("pok-6",
         ("How many players made more than 20 final tables?",
          "SELECT COUNT(*) FROM poker_player WHERE Final_Table_Made > 20"),
         ("what are their money ranks?", "SELECT Money_Rank FROM poker_player WHERE Final_Table_Made > 20"),
         ("what are the average earnings of those players?",
          "SELECT AVG(Earnings) FROM poker_player WHERE Final_Table_Made > 20"),
         ("who among them has the best money rank?",
          f"SELECT p.Name {PJ} WHERE pp.Final_Table_Made > 20 ORDER BY pp.Money_Rank ASC LIMIT 1")),
    conv("pok-7",
         ("How many poker players are there from each nationality?",
          f"SELECT p.Nationality, COUNT(*) {PJ} GROUP BY p.Nationality"),
         ("only nationalities with at least 10 players",
          f"SELECT p.Nationality, COUNT(*) {PJ} GROUP BY p.Nationality HAVING COUNT(*) >= 10"),
         ("what's the average height of the players in each of those?",
          f"SELECT p.Nationality, AVG(p.Height) {PJ} GROUP BY p.Nationality HAVING COUNT(*) >= 10"),
         ("why are there so many more Americans?", D)),
    conv("pok-8",
         ("Which poker players were born in 1991 or later?", f"SELECT p.Name {PJ} {YOUNG}"),
         ("sort them by birth date, oldest first", f"SELECT p.Name, p.Birth_Date {PJ} {YOUNG} ORDER BY p.Birth_Date ASC"),
         ("what's the best finish of each of them?", f"SELECT p.Name, pp.Best_Finish {PJ} {YOUNG}"),
         ("what are their total earnings combined?", f"SELECT SUM(pp.Earnings) {PJ} {YOUNG}")),
]

SETS = {"museum_visit": MUSEUM, "tvshow": TVSHOW, "battle_death": BATTLE, "poker_player": POKER}
