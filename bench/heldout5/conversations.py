"""The fifth set of held-out conversations, written the SParC / CoSQL way before the engine was run on
them: each conversation starts simple and refines toward a harder final question, follow-ups lean on
the earlier rounds ("them", "those", "it", "their", "what about ..."), and some rounds ask for what the
data does not hold. Each turn: question, reference SQL (SQLite; a list for a breakdown), optional
`accept` (other SQL that also answers), or `decline: True` when the data does not hold the answer."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ orchestra
OC = "FROM orchestra o JOIN conductor c ON c.Conductor_ID = o.Conductor_ID"
PO = "FROM performance p JOIN orchestra o ON o.Orchestra_ID = p.Orchestra_ID"
SPO = ("FROM show s JOIN performance p ON p.Performance_ID = s.Performance_ID "
       "JOIN orchestra o ON o.Orchestra_ID = p.Orchestra_ID")
ABOVE = "Official_ratings_millions > (SELECT AVG(Official_ratings_millions) FROM performance)"
BUSY = "SELECT Orchestra_ID FROM performance GROUP BY Orchestra_ID HAVING COUNT(*) > 10"

ORCHESTRA = [
    conv("orch-1",
         ("Show all conductors", "SELECT * FROM conductor"),
         ("Which of them are older than 50?", "SELECT * FROM conductor WHERE Age > 50"),
         ("Order them by how many years they have worked, most first",
          "SELECT * FROM conductor WHERE Age > 50 ORDER BY Year_of_Work DESC"),
         ("Only their names", "SELECT Name FROM conductor WHERE Age > 50 ORDER BY Year_of_Work DESC")),
    conv("orch-2",
         ("How many orchestras are there?", "SELECT COUNT(*) FROM orchestra"),
         ("How many of them were founded after 2000?", "SELECT COUNT(*) FROM orchestra WHERE Year_of_Founded > 2000"),
         ("What record companies do those orchestras use?",
          "SELECT DISTINCT Record_Company FROM orchestra WHERE Year_of_Founded > 2000",
          ["SELECT Orchestra, Record_Company FROM orchestra WHERE Year_of_Founded > 2000"]),
         ("Which of those record companies makes the most profit?", D),
         ("Which record company is used by the most orchestras overall?",
          "SELECT Record_Company FROM orchestra GROUP BY Record_Company ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("orch-3",
         ("List the different nationalities of the conductors", "SELECT DISTINCT Nationality FROM conductor"),
         ("How many conductors are there of each nationality?",
          "SELECT Nationality, COUNT(*) FROM conductor GROUP BY Nationality"),
         ("Which nationalities have more than 3 conductors?",
          "SELECT Nationality FROM conductor GROUP BY Nationality HAVING COUNT(*) > 3"),
         ("What's the home phone number of each conductor?", D),
         ("What is the average age of the German conductors?",
          "SELECT AVG(Age) FROM conductor WHERE Nationality = 'Germany'")),
    conv("orch-4",
         ("Show the names of conductors and the orchestras they conduct",
          f"SELECT c.Name, o.Orchestra {OC}"),
         ("Only for orchestras founded before 1900",
          f"SELECT c.Name, o.Orchestra {OC} WHERE o.Year_of_Founded < 1900"),
         ("Which conductor leads the most orchestras?",
          f"SELECT c.Name {OC} GROUP BY c.Conductor_ID ORDER BY COUNT(*) DESC LIMIT 1"),
         ("Which conductors don't conduct any orchestra?",
          "SELECT Name FROM conductor WHERE Conductor_ID NOT IN (SELECT Conductor_ID FROM orchestra)")),
    conv("orch-5",
         ("What types of performances are there?", "SELECT DISTINCT Type FROM performance"),
         ("What's the average official rating of the finals?",
          "SELECT AVG(Official_ratings_millions) FROM performance WHERE Type = 'Final'"),
         ("Which performance had the highest share?",
          "SELECT Performance_ID FROM performance ORDER BY Share DESC LIMIT 1"),
         ("Which orchestra gave it?",
          f"SELECT o.Orchestra {PO} WHERE p.Performance_ID = 142"),
         ("Why did that performance get such a big share?", D)),
    conv("orch-6",
         ("How many shows were there?", "SELECT COUNT(*) FROM show"),
         ("How many of them were first shows?", "SELECT COUNT(*) FROM show WHERE If_first_show = 'T'"),
         ("What was their average attendance?", "SELECT AVG(Attendance) FROM show WHERE If_first_show = 'T'"),
         ("And what did a ticket cost for those shows?", D),
         ("Which orchestra's shows drew the largest total attendance?",
          f"SELECT o.Orchestra {SPO} GROUP BY o.Orchestra_ID ORDER BY SUM(s.Attendance) DESC LIMIT 1")),
    conv("orch-7",
         ("Which orchestras have never had a performance?",
          "SELECT Orchestra FROM orchestra WHERE Orchestra_ID NOT IN (SELECT Orchestra_ID FROM performance)"),
         ("What about orchestras with more than 10 performances?",
          f"SELECT Orchestra FROM orchestra WHERE Orchestra_ID IN ({BUSY})"),
         ("Show their major record format too",
          f"SELECT Orchestra, Major_Record_Format FROM orchestra WHERE Orchestra_ID IN ({BUSY})"),
         ("How much did those orchestras earn from ticket sales?", D)),
    conv("orch-8",
         ("Which performances had an official rating above the average?",
          f"SELECT Performance_ID FROM performance WHERE {ABOVE}"),
         ("How many of them were in 2023?",
          f"SELECT COUNT(*) FROM performance WHERE {ABOVE} AND Date LIKE '2023%'"),
         ("What is the share price of Deutsche Grammophon?", D),
         ("List the performances ranked number 1 in their week, with the orchestra's name",
          f"SELECT p.Performance_ID, o.Orchestra {PO} WHERE p.Weekly_rank = 1")),
]

# ------------------------------------------------------------------------------------------ dog kennels
TREATED = "SELECT dog_id FROM Treatments"
ODT = "FROM Owners o JOIN Dogs d ON d.owner_id = o.owner_id JOIN Treatments t ON t.dog_id = d.dog_id"
TOPBREED = ("SELECT breed_code FROM Dogs GROUP BY breed_code HAVING COUNT(*) = "
            "(SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM Dogs GROUP BY breed_code))")
BUSYPRO = "SELECT professional_id FROM Treatments GROUP BY professional_id HAVING COUNT(*) > 40"
OLDER = "age > (SELECT AVG(age) FROM Dogs)"
TT = "FROM Treatments t JOIN Treatment_Types tt ON tt.treatment_type_code = t.treatment_type_code"
CHEAP = ("SELECT treatment_type_code FROM Treatments GROUP BY treatment_type_code HAVING AVG(cost_of_treatment) = "
         "(SELECT MIN(a) FROM (SELECT AVG(cost_of_treatment) AS a FROM Treatments GROUP BY treatment_type_code))")
TOPSTATE = ("SELECT state FROM Owners GROUP BY state HAVING COUNT(*) = "
            "(SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM Owners GROUP BY state))")

DOG_KENNELS = [
    conv("dog-1",
         ("Which dogs have had a treatment?", f"SELECT name FROM Dogs WHERE dog_id IN ({TREATED})"),
         ("How much did their treatments cost altogether?", "SELECT SUM(cost_of_treatment) FROM Treatments"),
         ("Which owner spent the most?",
          f"SELECT o.first_name, o.last_name {ODT} GROUP BY o.owner_id ORDER BY SUM(t.cost_of_treatment) DESC LIMIT 1")),
    conv("dog-2",
         ("List all the breeds", "SELECT breed_name FROM Breeds"),
         ("How many dogs of each breed do we have?",
          "SELECT b.breed_name, COUNT(*) FROM Dogs d JOIN Breeds b ON b.breed_code = d.breed_code GROUP BY b.breed_name"),
         ("Which breed is the most common?",
          "SELECT b.breed_name FROM Dogs d JOIN Breeds b ON b.breed_code = d.breed_code GROUP BY b.breed_name "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("What is the average age of those dogs?", f"SELECT AVG(age) FROM Dogs WHERE breed_code IN ({TOPBREED})")),
    conv("dog-3",
         ("Show me the professionals", "SELECT * FROM Professionals"),
         ("Which of them are veterinarians?", "SELECT * FROM Professionals WHERE role_code = 'Veterinarian'"),
         ("Which professionals have done more than 40 treatments?",
          f"SELECT first_name, last_name FROM Professionals WHERE professional_id IN ({BUSYPRO})"),
         ("List their id, role and email address",
          f"SELECT professional_id, role_code, email_address FROM Professionals WHERE professional_id IN ({BUSYPRO})"),
         ("What is their yearly salary?", D)),
    conv("dog-4",
         ("How many dogs were abandoned?", "SELECT COUNT(*) FROM Dogs WHERE abandoned_yn = '1'"),
         ("How many dogs have not been adopted yet?", "SELECT COUNT(*) FROM Dogs WHERE date_adopted IS NULL"),
         ("Of those, which is the heaviest?",
          "SELECT name FROM Dogs WHERE date_adopted IS NULL ORDER BY weight DESC LIMIT 1"),
         ("Which of the dogs still here will be adopted next month?", D)),
    conv("dog-5",
         ("How many owners are there in each state?", "SELECT state, COUNT(*) FROM Owners GROUP BY state"),
         ("Which state has the most owners?",
          "SELECT state FROM Owners GROUP BY state ORDER BY COUNT(*) DESC LIMIT 1"),
         ("List the names of the dogs owned by people in that state",
          f"SELECT d.name FROM Dogs d JOIN Owners o ON o.owner_id = d.owner_id WHERE o.state IN ({TOPSTATE})"),
         ("Which owners don't have any dog?",
          "SELECT first_name, last_name FROM Owners WHERE owner_id NOT IN (SELECT owner_id FROM Dogs)"),
         ("What is the average house price in the state with the most owners?", D)),
    conv("dog-6",
         ("What does each type of treatment cost on average?",
          f"SELECT tt.treatment_type_description, AVG(t.cost_of_treatment) {TT} "
          "GROUP BY tt.treatment_type_description"),
         ("Which type is the cheapest on average?",
          f"SELECT tt.treatment_type_description {TT} GROUP BY tt.treatment_type_description "
          "ORDER BY AVG(t.cost_of_treatment) LIMIT 1"),
         ("How many times was it given in 2023?",
          f"SELECT COUNT(*) FROM Treatments WHERE treatment_type_code IN ({CHEAP}) "
          "AND date_of_treatment LIKE '2023%'"),
         ("Which medicine brand was used for those?", D)),
    conv("dog-7",
         ("Show the dogs that have never been treated",
          f"SELECT name FROM Dogs WHERE dog_id NOT IN ({TREATED})"),
         ("How many are there?", f"SELECT COUNT(*) FROM Dogs WHERE dog_id NOT IN ({TREATED})"),
         ("What breeds are they?",
          f"SELECT DISTINCT b.breed_name FROM Dogs d JOIN Breeds b ON b.breed_code = d.breed_code "
          f"WHERE d.dog_id NOT IN ({TREATED})"),
         ("Which of them are allergic to penicillin?", D)),
    conv("dog-8",
         ("Which dogs are older than the average dog?", f"SELECT name FROM Dogs WHERE {OLDER}"),
         ("Which of those are large?",
          f"SELECT d.name FROM Dogs d JOIN Sizes s ON s.size_code = d.size_code "
          f"WHERE d.{OLDER} AND s.size_description = 'Large'"),
         ("Give me their owners' email addresses",
          f"SELECT o.email_address FROM Dogs d JOIN Owners o ON o.owner_id = d.owner_id "
          f"WHERE d.{OLDER} AND d.size_code = 'LGE'",
          [f"SELECT DISTINCT o.email_address FROM Dogs d JOIN Owners o ON o.owner_id = d.owner_id "
           f"WHERE d.{OLDER} AND d.size_code = 'LGE'"]),
         ("And their rabies certificate numbers?", D)),
]

# ------------------------------------------------------------------------------------------ network
FH = "FROM Friend f JOIN Highschooler h ON h.ID = f.student_id"
KYLE = "(SELECT ID FROM Highschooler WHERE name = 'Kyle')"
GAB = "(SELECT ID FROM Highschooler WHERE name = 'Gabriel')"
LIKES_GAB = f"SELECT student_id FROM Likes WHERE liked_id = {GAB}"
NOFRIEND = "ID NOT IN (SELECT student_id FROM Friend)"
TOPGRADE = ("SELECT grade FROM Highschooler GROUP BY grade HAVING COUNT(*) = "
            "(SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM Highschooler GROUP BY grade))")
MOSTLIKED = ("SELECT liked_id FROM Likes GROUP BY liked_id HAVING COUNT(*) = "
             "(SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM Likes GROUP BY liked_id))")
LH = ("FROM Likes l JOIN Highschooler a ON a.ID = l.student_id JOIN Highschooler b ON b.ID = l.liked_id")

NETWORK = [
    conv("net-1",
         ("Who are the friends of Kyle?",
          f"SELECT h.name FROM Friend f JOIN Highschooler h ON h.ID = f.friend_id WHERE f.student_id = {KYLE}"),
         ("How many friends does Kyle have?", f"SELECT COUNT(*) FROM Friend WHERE student_id = {KYLE}"),
         ("How many friends does each student in grade 10 have?",
          f"SELECT h.name, COUNT(*) {FH} WHERE h.grade = 10 GROUP BY h.ID",
          ["SELECT h.name, COUNT(f.friend_id) FROM Highschooler h LEFT JOIN Friend f ON f.student_id = h.ID "
           "WHERE h.grade = 10 GROUP BY h.ID"]),
         ("Which of them has the most friends?",
          f"SELECT h.name {FH} WHERE h.grade = 10 GROUP BY h.ID ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("net-2",
         ("How many high schoolers are there in each grade?", "SELECT grade, COUNT(*) FROM Highschooler GROUP BY grade"),
         ("Which grade has the most students?",
          "SELECT grade FROM Highschooler GROUP BY grade ORDER BY COUNT(*) DESC LIMIT 1"),
         ("List the names of the students in that grade",
          f"SELECT name FROM Highschooler WHERE grade IN ({TOPGRADE})"),
         ("Only those whose name starts with A",
          f"SELECT name FROM Highschooler WHERE grade IN ({TOPGRADE}) AND name LIKE 'A%'")),
    conv("net-3",
         ("Which students have no friends?", f"SELECT name FROM Highschooler WHERE {NOFRIEND}"),
         ("What grades are they in?", f"SELECT name, grade FROM Highschooler WHERE {NOFRIEND}",
          [f"SELECT DISTINCT grade FROM Highschooler WHERE {NOFRIEND}"]),
         ("Why don't they have any friends?", D),
         ("Do any of them like someone? Show their names",
          f"SELECT name FROM Highschooler WHERE {NOFRIEND} AND ID IN (SELECT student_id FROM Likes)")),
    conv("net-4",
         ("Who likes Gabriel?", f"SELECT name FROM Highschooler WHERE ID IN ({LIKES_GAB})"),
         ("Which of them are also friends with Gabriel?",
          f"SELECT name FROM Highschooler WHERE ID IN ({LIKES_GAB}) "
          f"AND ID IN (SELECT friend_id FROM Friend WHERE student_id = {GAB})"),
         ("What grade is Gabriel in?", "SELECT grade FROM Highschooler WHERE name = 'Gabriel'"),
         ("When did they become friends?", D)),
    conv("net-5",
         ("Show the names of all students and their grades", "SELECT name, grade FROM Highschooler"),
         ("Only the 12th graders", "SELECT name, grade FROM Highschooler WHERE grade = 12"),
         ("Order them by name", "SELECT name, grade FROM Highschooler WHERE grade = 12 ORDER BY name"),
         ("Which of them has the best grade in math?", D),
         ("How many of them are liked by at least one student?",
          "SELECT COUNT(*) FROM Highschooler WHERE grade = 12 AND ID IN (SELECT liked_id FROM Likes)")),
    conv("net-6",
         ("Which student is liked by the most people?",
          "SELECT h.name FROM Likes l JOIN Highschooler h ON h.ID = l.liked_id GROUP BY l.liked_id "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("How many students like them?", f"SELECT COUNT(*) FROM Likes WHERE liked_id IN ({MOSTLIKED})"),
         ("What grade is that student in?", f"SELECT grade FROM Highschooler WHERE ID IN ({MOSTLIKED})"),
         ("What is that student's GPA?", D)),
    conv("net-7",
         ("What is the average grade of students who have friends?",
          "SELECT AVG(grade) FROM Highschooler WHERE ID IN (SELECT student_id FROM Friend)"),
         ("What about the students who have no friends?", f"SELECT AVG(grade) FROM Highschooler WHERE {NOFRIEND}"),
         ("How many students have more than 3 friends?",
          "SELECT COUNT(*) FROM (SELECT student_id FROM Friend GROUP BY student_id HAVING COUNT(*) > 3)"),
         ("Which of them play on the school basketball team?", D)),
    conv("net-8",
         ("How many likes are there in total?", "SELECT COUNT(*) FROM Likes"),
         ("How many of them are for someone in a lower grade?", f"SELECT COUNT(*) {LH} WHERE b.grade < a.grade"),
         ("Which 9th graders are liked by a 12th grader?",
          f"SELECT DISTINCT b.name {LH} WHERE b.grade = 9 AND a.grade = 12"),
         ("Show the names of students who like a friend of theirs",
          "SELECT DISTINCT h.name FROM Likes l JOIN Friend f ON f.student_id = l.student_id "
          "AND f.friend_id = l.liked_id JOIN Highschooler h ON h.ID = l.student_id"),
         ("Which of those likes were posted in the last week?", D)),
]

# ------------------------------------------------------------------------------------------ employee hire
EHS = ("FROM hiring h JOIN employee e ON e.Employee_ID = h.Employee_ID JOIN shop s ON s.Shop_ID = h.Shop_ID")
EV = "FROM evaluation v JOIN employee e ON e.Employee_ID = v.Employee_ID"
TOPSHOP = ("SELECT Shop_ID FROM hiring GROUP BY Shop_ID HAVING COUNT(*) = "
           "(SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM hiring GROUP BY Shop_ID))")
TOPYEAR = ("SELECT Year_awarded FROM evaluation GROUP BY Year_awarded HAVING SUM(Bonus) = "
           "(SELECT MAX(t) FROM (SELECT SUM(Bonus) AS t FROM evaluation GROUP BY Year_awarded))")
TOPCITY = ("SELECT City FROM employee GROUP BY City HAVING COUNT(*) = "
           "(SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM employee GROUP BY City))")
MOSTAWARD = ("SELECT Employee_ID FROM evaluation GROUP BY Employee_ID HAVING COUNT(*) = "
             "(SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM evaluation GROUP BY Employee_ID))")
NOBONUS = "Employee_ID NOT IN (SELECT Employee_ID FROM evaluation)"

EMPLOYEE_HIRE = [
    conv("emp-1",
         ("List all employees", "SELECT * FROM employee"),
         ("Which of them are under 30?", "SELECT * FROM employee WHERE Age < 30"),
         ("What is the salary of each of them?", D),
         ("Which cities are they from?", "SELECT DISTINCT City FROM employee WHERE Age < 30"),
         ("How many of them are from each city?", "SELECT City, COUNT(*) FROM employee WHERE Age < 30 GROUP BY City")),
    conv("emp-2",
         ("Who got the biggest single bonus?",
          f"SELECT e.Name {EV} ORDER BY v.Bonus DESC LIMIT 1"),
         ("Who has been awarded a bonus the most times?",
          f"SELECT e.Name {EV} GROUP BY v.Employee_ID ORDER BY COUNT(*) DESC LIMIT 1"),
         ("What is their total bonus?", f"SELECT SUM(Bonus) FROM evaluation WHERE Employee_ID IN ({MOSTAWARD})"),
         ("What is their bonus going to be next year?", D)),
    conv("emp-3",
         ("How many shops are there?", "SELECT COUNT(*) FROM shop"),
         ("Which shop has the most products?", "SELECT Name FROM shop ORDER BY Number_products DESC LIMIT 1"),
         ("Show the shops with more products than the average",
          "SELECT Name FROM shop WHERE Number_products > (SELECT AVG(Number_products) FROM shop)"),
         ("Which districts are they in?",
          "SELECT DISTINCT District FROM shop WHERE Number_products > (SELECT AVG(Number_products) FROM shop)"),
         ("What is the monthly rent of those shops?", D)),
    conv("emp-4",
         ("How many employees does each shop have?",
          "SELECT s.Name, COUNT(*) FROM hiring h JOIN shop s ON s.Shop_ID = h.Shop_ID GROUP BY s.Shop_ID",
          ["SELECT s.Name, COUNT(h.Employee_ID) FROM shop s LEFT JOIN hiring h ON h.Shop_ID = s.Shop_ID "
           "GROUP BY s.Shop_ID"]),
         ("Which shop hires the most?",
          "SELECT s.Name FROM hiring h JOIN shop s ON s.Shop_ID = h.Shop_ID GROUP BY s.Shop_ID "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("How many of its employees are full-time?",
          f"SELECT COUNT(*) FROM hiring WHERE Is_full_time = 'T' AND Shop_ID IN ({TOPSHOP})"),
         ("How many products did that shop sell last month?", D),
         ("Who manages it?", f"SELECT Manager_name FROM shop WHERE Shop_ID IN ({TOPSHOP})")),
    conv("emp-5",
         ("Which employees never got a bonus?", f"SELECT Name FROM employee WHERE {NOBONUS}"),
         ("How many of them work in a shop?",
          f"SELECT COUNT(*) FROM employee WHERE {NOBONUS} AND Employee_ID IN (SELECT Employee_ID FROM hiring)"),
         ("What did their managers write in their performance reviews?", D)),
    conv("emp-6",
         ("What is the total bonus awarded in each year?", "SELECT Year_awarded, SUM(Bonus) FROM evaluation GROUP BY Year_awarded"),
         ("Which year had the highest total?",
          "SELECT Year_awarded FROM evaluation GROUP BY Year_awarded ORDER BY SUM(Bonus) DESC LIMIT 1"),
         ("How many employees got a bonus that year?",
          f"SELECT COUNT(DISTINCT Employee_ID) FROM evaluation WHERE Year_awarded IN ({TOPYEAR})"),
         ("What was the average bonus that year?",
          f"SELECT AVG(Bonus) FROM evaluation WHERE Year_awarded IN ({TOPYEAR})")),
    conv("emp-7",
         ("Which employees started working before 2010?",
          "SELECT e.Name FROM hiring h JOIN employee e ON e.Employee_ID = h.Employee_ID WHERE h.Start_from < '2010'",
          ["SELECT e.Name FROM hiring h JOIN employee e ON e.Employee_ID = h.Employee_ID "
           "WHERE CAST(h.Start_from AS INTEGER) < 2010"]),
         ("Which of them work part-time?",
          "SELECT e.Name FROM hiring h JOIN employee e ON e.Employee_ID = h.Employee_ID "
          "WHERE h.Start_from < '2010' AND h.Is_full_time = 'F'"),
         ("And in which shops?",
          f"SELECT e.Name, s.Name {EHS} WHERE h.Start_from < '2010' AND h.Is_full_time = 'F'"),
         ("How many hours a week do they work?", D)),
    conv("emp-8",
         ("Which city has the most employees?", "SELECT City FROM employee GROUP BY City ORDER BY COUNT(*) DESC LIMIT 1"),
         ("What's the average age of the employees there?",
          f"SELECT AVG(Age) FROM employee WHERE City IN ({TOPCITY})"),
         ("Who is the oldest one there?",
          f"SELECT Name FROM employee WHERE City IN ({TOPCITY}) AND Age = "
          f"(SELECT MAX(Age) FROM employee WHERE City IN ({TOPCITY}))"),
         ("Which shop does that person work at?",
          f"SELECT s.Name {EHS} WHERE e.City IN ({TOPCITY}) AND e.Age = "
          f"(SELECT MAX(Age) FROM employee WHERE City IN ({TOPCITY}))")),
]

SETS = {"orchestra": ORCHESTRA, "dog_kennels": DOG_KENNELS, "network": NETWORK, "employee_hire": EMPLOYEE_HIRE}
