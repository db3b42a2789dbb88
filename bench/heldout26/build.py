"""Held-out evaluation heldout26: three SQLite databases (an amateur football league, an art museum's
loans and exhibitions, a meal-kit subscription business) and hand-written analyst conversations over
them, written before the engine was run on them (see README.md in this folder).

    python bench/heldout26/build.py [OUT_DIR]   # writes league.sqlite, museum.sqlite, mealkit.sqlite
                                                 # (default OUT_DIR: /tmp/c2q-heldout26), checks every
                                                 # reference SQL and writes the <db>.json sets here

The data is generated from fixed seeds, so the files are the same on every run.
"""
from __future__ import annotations

import random
import sqlite3
import sys
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from conversations import SETS  # noqa: E402
from heldout_kit import build_all, day  # noqa: E402

FIRST = ("Aiden Bruno Cyril Dario Emeka Felix Goran Hamid Ivo Jakub Kenji Lars Mateo Niko Olek Pavel "
         "Rui Sami Teo Umar Vito Wes Xavi Yusuf Zoltan").split()
LAST = ("Abara Brandt Castell Dorsey Ekwueme Farrow Gallo Hadley Ilic Janssen Kemper Lindqvist Moreau "
        "Nakata Orsini Pruitt Quayle Rasmussen Sorensen Tolland Ueda Vance Whitlock Yilmaz Zeller").split()


# ------------------------------------------------------------------------------------------ league (snake_case)
def build_league(path: Path) -> None:
    rng = random.Random(2601)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE teams (team_id INTEGER PRIMARY KEY, team_name TEXT, city TEXT, founded_year INTEGER,
                        ground_capacity INTEGER, division TEXT);
    CREATE TABLE players (player_id INTEGER PRIMARY KEY, full_name TEXT, team_id INTEGER REFERENCES teams(team_id),
                          position TEXT, birth_year INTEGER, nationality TEXT, shirt_number INTEGER);
    CREATE TABLE fixtures (fixture_id INTEGER PRIMARY KEY, season INTEGER, match_date TEXT,
                           home_team_id INTEGER REFERENCES teams(team_id), away_team_id INTEGER REFERENCES teams(team_id),
                           home_goals INTEGER, away_goals INTEGER, attendance INTEGER, referee TEXT);
    CREATE TABLE player_stats (fixture_id INTEGER REFERENCES fixtures(fixture_id),
                               player_id INTEGER REFERENCES players(player_id), minutes_played INTEGER,
                               goals INTEGER, assists INTEGER, yellow_cards INTEGER, red_card INTEGER);
    """)
    teams = [("Ashford Rovers", "Ashford", 1921, 4200, "North"), ("Brackley Town", "Brackley", 1934, 3100, "South"),
             ("Corbridge Athletic", "Corbridge", 1908, 5600, "North"), ("Dunmore United", "Dunmore", 1952, 2800, "South"),
             ("Eastleigh Wanderers", "Eastleigh", 1899, 6100, "South"), ("Fenwick Albion", "Fenwick", 1946, 3900, "North"),
             ("Glenholm City", "Glenholm", 1913, 7300, "North"), ("Harlow Park", "Harlow", 1967, 2500, "South"),
             ("Ivybridge FC", "Ivybridge", 1988, 1900, "South"), ("Kelso Harriers", "Kelso", 1930, 3400, "North")]
    db.executemany("INSERT INTO teams VALUES (?,?,?,?,?,?)", [(i + 1, *t) for i, t in enumerate(teams)])
    strength = [1.3, 1.0, 1.5, 0.8, 1.4, 1.1, 1.7, 0.9, 0.7, 1.2]
    players, names, pid = [], set(), 0
    squads: dict[int, list[tuple[int, str]]] = {}
    nats = ["England", "England", "England", "Scotland", "Wales", "Ireland", "Nigeria", "Poland", "Spain", "Jamaica"]
    for t in range(1, 11):
        squads[t] = []
        layout = ["Goalkeeper"] * 2 + ["Defender"] * 6 + ["Midfielder"] * 6 + ["Forward"] * 4
        for k, pos in enumerate(layout):
            while True:
                n = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
                if n not in names:
                    names.add(n)
                    break
            pid += 1
            players.append((pid, n, t, pos, rng.randrange(1988, 2006), rng.choice(nats), k + 1))
            squads[t].append((pid, pos))
    db.executemany("INSERT INTO players VALUES (?,?,?,?,?,?,?)", players)
    refs = ["M. Oakley", "S. Pryce", "D. Hartnell", "J. Kwame", "L. Benning", "R. Castellano"]
    fixtures, stats, fid = [], [], 0
    for season in (2022, 2023, 2024):
        start = date(season, 8, 6)
        pairs = [(h, a) for h in range(1, 11) for a in range(1, 11) if h != a]
        rng.shuffle(pairs)
        for i, (h, a) in enumerate(pairs):
            fid += 1
            d = start + timedelta(days=7 * (i // 5) + rng.choice([0, 0, 0, 1, 3]))
            hg = min(7, int(rng.expovariate(1 / (1.1 * strength[h - 1] + 0.3))))
            ag = min(7, int(rng.expovariate(1 / (0.9 * strength[a - 1] + 0.2))))
            cap = teams[h - 1][3]
            att = int(cap * rng.uniform(0.35, 0.98)) if rng.random() > 0.04 else None
            fixtures.append((fid, season, d.isoformat(), h, a, hg, ag, att, rng.choice(refs)))
            for side, g in ((h, hg), (a, ag)):
                squad = squads[side]
                xi = [p for p in squad if p[1] == "Goalkeeper"][:1] + rng.sample(
                    [p for p in squad if p[1] != "Goalkeeper"], 10)
                w = {"Goalkeeper": 0.01, "Defender": 0.6, "Midfielder": 1.5, "Forward": 3.2}
                scorers = rng.choices(xi, [w[p[1]] * (1 + (p[0] % 5) / 4) for p in xi], k=g)
                assisters = rng.choices(xi, [w[p[1]] + 0.5 for p in xi], k=g)
                for p in xi:
                    mins = 90 if rng.random() < 0.75 else rng.randrange(45, 90)
                    stats.append((fid, p[0], mins, scorers.count(p), sum(1 for q in assisters if q == p and rng.random() < 0.8),
                                  1 if rng.random() < 0.12 else 0, 1 if rng.random() < 0.01 else 0))
    db.executemany("INSERT INTO fixtures VALUES (?,?,?,?,?,?,?,?,?)", fixtures)
    db.executemany("INSERT INTO player_stats VALUES (?,?,?,?,?,?,?)", stats)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ museum (camelCase)
def build_museum(path: Path) -> None:
    rng = random.Random(2602)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE artworks (artworkId INTEGER PRIMARY KEY, title TEXT, artistName TEXT, medium TEXT,
                           yearCreated INTEGER, insuranceValue REAL, acquiredYear INTEGER);
    CREATE TABLE lenders (lenderId INTEGER PRIMARY KEY, lenderName TEXT, country TEXT, lenderType TEXT);
    CREATE TABLE loans (loanId INTEGER PRIMARY KEY, artworkId INTEGER REFERENCES artworks(artworkId),
                        lenderId INTEGER REFERENCES lenders(lenderId), loanDirection TEXT, startDate TEXT,
                        endDate TEXT, loanFee REAL, conditionReport TEXT);
    CREATE TABLE exhibitions (exhibitionId INTEGER PRIMARY KEY, exhibitionTitle TEXT, gallery TEXT,
                              openDate TEXT, closeDate TEXT, budget REAL, curatorName TEXT);
    CREATE TABLE exhibitionItems (exhibitionId INTEGER REFERENCES exhibitions(exhibitionId),
                                  artworkId INTEGER REFERENCES artworks(artworkId));
    CREATE TABLE ticketSales (saleId INTEGER PRIMARY KEY, exhibitionId INTEGER REFERENCES exhibitions(exhibitionId),
                              saleDate TEXT, ticketType TEXT, quantity INTEGER, amountPaid REAL);
    """)
    artists = ["Helena Varga", "Tomas Ruell", "Ines Okoro", "Marek Stahl", "Paula Quint", "Jun Arakawa",
               "Celeste Moreau", "Dmitri Lasko", "Amara Nwosu", "Felix Brandauer", "Rosa Ibanez", "Oskar Lind"]
    media = ["Oil on canvas", "Watercolour", "Bronze", "Photograph", "Ink on paper", "Textile", "Marble"]
    words = ("Harbour Evening Garden Study Portrait Figure Storm Orchard Window Mother River Dancer Bridge "
             "Market Winter Morning Blue Red Silent Still Life Tide Horse Lantern Mirror").split()
    arts, titles = [], set()
    for aid in range(1, 241):
        while True:
            t = f"{rng.choice(words)} {rng.choice(words)}" + (f" {rng.choice(['I', 'II', 'III', 'No. 4'])}" if rng.random() < .3 else "")
            if t not in titles:
                titles.add(t)
                break
        art = rng.choice(artists)
        yc = rng.randrange(1860, 2021)
        val = round(rng.lognormvariate(11.5, 1.1), -2)
        acq = rng.randrange(max(yc, 1950), 2025) if rng.random() > .15 else None
        arts.append((aid, t, art, rng.choice(media), yc, val, acq))
    db.executemany("INSERT INTO artworks VALUES (?,?,?,?,?,?,?)", arts)
    lenders = [("Galerie Hoffmann", "Germany", "Gallery"), ("Rijksbrug Collection", "Netherlands", "Museum"),
               ("Musee Lacoste", "France", "Museum"), ("Thornbury Trust", "United Kingdom", "Private collector"),
               ("Castellane Foundation", "France", "Foundation"), ("Nordlys Kunsthall", "Norway", "Museum"),
               ("Whitcombe Family", "United Kingdom", "Private collector"), ("Museo del Prado Norte", "Spain", "Museum"),
               ("Aurelia Art Fund", "Italy", "Foundation"), ("Kessler Gallery", "Germany", "Gallery"),
               ("Harbourside Museum", "United Kingdom", "Museum"), ("Okoye Collection", "Nigeria", "Private collector")]
    db.executemany("INSERT INTO lenders VALUES (?,?,?,?)", [(i + 1, *ln) for i, ln in enumerate(lenders)])
    loans = []
    for lid in range(1, 181):
        s = day(rng, date(2021, 1, 1), date(2024, 11, 30))
        e = (s + timedelta(days=rng.randrange(60, 400))).isoformat() if rng.random() > .18 else None
        direction = rng.choices(["incoming", "outgoing"], [3, 2])[0]
        fee = round(rng.uniform(500, 25000), 2) if rng.random() > .1 else None
        cond = rng.choices(["good", "fair", "needs conservation", None], [6, 3, 1, 2])[0]
        loans.append((lid, rng.randrange(1, 241), rng.choices(range(1, 13), [5, 9, 7, 4, 6, 3, 2, 8, 5, 3, 6, 2])[0],
                      direction, s.isoformat(), e, fee, cond))
    db.executemany("INSERT INTO loans VALUES (?,?,?,?,?,?,?,?)", loans)
    exh = [("Light on Water", "East Wing"), ("The Modern Figure", "North Gallery"), ("Bronze Age Now", "Sculpture Hall"),
           ("Paper Worlds", "Print Room"), ("Silent Interiors", "East Wing"), ("Threads of Memory", "North Gallery"),
           ("Photographs of the Coast", "Print Room"), ("Monumental", "Sculpture Hall"), ("Colour Field", "East Wing"),
           ("Portraits Reframed", "North Gallery"), ("Winter Studies", "Print Room"), ("After the Storm", "East Wing"),
           ("Gardens of Europe", "North Gallery"), ("Marble and Flesh", "Sculpture Hall")]
    curators = ["Nadia Perrin", "George Ashdown", "Lucia Ferro", "Hannah Stroud", "Kwabena Asante"]
    exrows, items, sales, sid = [], [], [], 0
    for i, (t, g) in enumerate(exh):
        o = date(2021, 2, 1) + timedelta(days=100 * i + rng.randrange(20))
        c = o + timedelta(days=rng.randrange(70, 140))
        exrows.append((i + 1, t, g, o.isoformat(), c.isoformat(), round(rng.uniform(40000, 260000), -2),
                       curators[i % 5] if i != 3 else curators[1]))
        for a in rng.sample(range(1, 241), rng.randrange(8, 26)):
            items.append((i + 1, a))
        pop = rng.uniform(0.5, 1.8)
        d = o
        while d <= min(c, date(2024, 12, 31)):
            for tt, price in (("Adult", 16.0), ("Concession", 11.0), ("Child", 6.0), ("Member", 0.0)):
                if rng.random() < 0.55:
                    sid += 1
                    q = max(1, int(rng.expovariate(1 / (6 * pop))))
                    sales.append((sid, i + 1, d.isoformat(), tt, q, q * price))
            d += timedelta(days=rng.choice([1, 2, 3]))
    db.executemany("INSERT INTO exhibitions VALUES (?,?,?,?,?,?,?)", exrows)
    db.executemany("INSERT INTO exhibitionItems VALUES (?,?)", items)
    db.executemany("INSERT INTO ticketSales VALUES (?,?,?,?,?,?)", sales)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ mealkit (PascalCase)
def build_mealkit(path: Path) -> None:
    rng = random.Random(2603)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Plans (PlanId INTEGER PRIMARY KEY, PlanName TEXT, MealsPerWeek INTEGER, Servings INTEGER,
                        PricePerServing REAL);
    CREATE TABLE Subscribers (SubscriberId INTEGER PRIMARY KEY, FirstName TEXT, LastName TEXT, City TEXT,
                              SignupDate TEXT, CancelDate TEXT, PlanId INTEGER REFERENCES Plans(PlanId),
                              ReferralSource TEXT);
    CREATE TABLE Recipes (RecipeId INTEGER PRIMARY KEY, RecipeName TEXT, Cuisine TEXT, Calories INTEGER,
                          IsVegan INTEGER, PrepMinutes INTEGER);
    CREATE TABLE Boxes (BoxId INTEGER PRIMARY KEY, SubscriberId INTEGER REFERENCES Subscribers(SubscriberId),
                        DeliveryDate TEXT, Status TEXT, BoxTotal REAL, DiscountAmount REAL);
    CREATE TABLE BoxRecipes (BoxId INTEGER REFERENCES Boxes(BoxId), RecipeId INTEGER REFERENCES Recipes(RecipeId));
    CREATE TABLE Ratings (SubscriberId INTEGER REFERENCES Subscribers(SubscriberId),
                          RecipeId INTEGER REFERENCES Recipes(RecipeId), Stars INTEGER, RatedOn TEXT);
    """)
    plans = [("Solo Classic", 3, 1, 6.49), ("Couple Classic", 3, 2, 5.79), ("Couple Plus", 5, 2, 5.39),
             ("Family Classic", 3, 4, 4.89), ("Family Plus", 5, 4, 4.59), ("Veggie Duo", 4, 2, 5.59)]
    db.executemany("INSERT INTO Plans VALUES (?,?,?,?,?)", [(i + 1, *p) for i, p in enumerate(plans)])
    firsts = ("Alice Bea Chloe Dan Eve Femi Gus Hana Ian Jade Kofi Lena Milo Nora Omar Pia Raj Sana Tom "
              "Uma Vera Will Xena Yuki Zach").split()
    lasts = ("Archer Bishop Carver Doyle Ellis Foster Grant Hayes Irwin Joyce Knight Lowe Mercer Nash Owens "
             "Parker Reid Shaw Turner Walsh").split()
    cities = ["Bristol", "Cardiff", "Leeds", "Glasgow", "Brighton", "Norwich", "Exeter"]
    subs = []
    for sid in range(1, 401):
        s = day(rng, date(2022, 1, 1), date(2024, 10, 31))
        c = (s + timedelta(days=rng.randrange(30, 700))) if rng.random() < .4 else None
        if c and c > date(2024, 12, 31):
            c = None
        subs.append((sid, rng.choice(firsts), rng.choice(lasts), rng.choices(cities, [8, 4, 6, 5, 5, 2, 3])[0],
                     s.isoformat(), c.isoformat() if c else None, rng.choices(range(1, 7), [3, 7, 4, 6, 3, 4])[0],
                     rng.choices(["Instagram", "Friend referral", "Podcast ad", "Search", None], [4, 3, 2, 5, 2])[0]))
    db.executemany("INSERT INTO Subscribers VALUES (?,?,?,?,?,?,?,?)", subs)
    rec = [("Thai Green Curry", "Thai", 640, 0, 30), ("Tofu Pad Thai", "Thai", 590, 1, 25),
           ("Chicken Katsu", "Japanese", 780, 0, 35), ("Miso Aubergine", "Japanese", 520, 1, 30),
           ("Beef Chilli", "Mexican", 720, 0, 40), ("Black Bean Tacos", "Mexican", 610, 1, 20),
           ("Chicken Fajitas", "Mexican", 690, 0, 25), ("Mushroom Risotto", "Italian", 650, 0, 40),
           ("Pesto Gnocchi", "Italian", 700, 0, 20), ("Vegan Lasagne", "Italian", 670, 1, 50),
           ("Lamb Kofta", "Middle Eastern", 740, 0, 30), ("Falafel Wraps", "Middle Eastern", 580, 1, 25),
           ("Chickpea Tagine", "Middle Eastern", 560, 1, 45), ("Salmon Teriyaki", "Japanese", 610, 0, 25),
           ("Butter Chicken", "Indian", 760, 0, 35), ("Chana Masala", "Indian", 540, 1, 30),
           ("Paneer Tikka", "Indian", 680, 0, 30), ("Cajun Prawn Rice", "American", 630, 0, 25),
           ("BBQ Jackfruit Burger", "American", 690, 1, 30), ("Fish Pie", "British", 710, 0, 55)]
    db.executemany("INSERT INTO Recipes VALUES (?,?,?,?,?,?)", [(i + 1, *r) for i, r in enumerate(rec)])
    boxes, br, ratings, bid = [], [], [], 0
    pop = [rng.uniform(0.4, 2.0) for _ in rec]
    for s in subs:
        start = date.fromisoformat(s[4])
        end = date.fromisoformat(s[5]) if s[5] else date(2024, 12, 31)
        plan = plans[s[6] - 1]
        d = start + timedelta(days=rng.randrange(3, 10))
        step = rng.choice([7, 7, 14, 14, 21, 28])
        rated: set[int] = set()
        while d <= end:
            bid += 1
            st = rng.choices(["delivered", "skipped", "failed"], [86, 11, 3])[0]
            total = round(plan[1] * plan[2] * plan[3], 2) if st != "skipped" else 0.0
            disc = round(total * rng.choice([0.5, 0.25]), 2) if st != "skipped" and rng.random() < .08 else 0.0
            boxes.append((bid, s[0], d.isoformat(), st, total, disc))
            if st != "skipped":
                for r in rng.choices(range(1, 21), pop, k=plan[1]):
                    br.append((bid, r))
                    if r not in rated and rng.random() < .12:
                        rated.add(r)
                        ratings.append((s[0], r, rng.choices([1, 2, 3, 4, 5], [1, 2, 4, 6, 4 + (r % 4)])[0],
                                        (d + timedelta(days=rng.randrange(1, 6))).isoformat()))
            d += timedelta(days=step)
    db.executemany("INSERT INTO Boxes VALUES (?,?,?,?,?,?)", boxes)
    db.executemany("INSERT INTO BoxRecipes VALUES (?,?)", br)
    db.executemany("INSERT INTO Ratings VALUES (?,?,?,?)", ratings)
    db.commit()
    db.close()


if __name__ == "__main__":
    sys.exit(build_all(HERE, {"league": build_league, "museum": build_museum, "mealkit": build_mealkit}, SETS))
