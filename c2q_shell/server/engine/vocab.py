"""Built-in vocabulary: business and finance synonyms, and the keyword lexicon."""
from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

# Each group is a set of phrases that name the same thing. When a column's or table's own words
# (split from its name) are one of them, every phrase of the group names that column or table.
SYNONYMS: list[tuple[str, ...]] = [
    ("pe ratio", "pe", "p e", "price earnings", "price to earnings", "price earnings ratio",
     "price to earnings ratio", "earnings multiple"),
    ("market cap", "market capitalization", "market capitalisation", "market value", "mkt cap",
     "marketcap", "capitalization", "valuation", "market size"),
    ("eps", "earnings per share"),
    ("dividend yield", "yield", "div yield", "dividend yields", "dividend", "dividends"),
    ("price to sales", "ps", "p s", "price sales", "price to sales ratio", "ps ratio"),
    ("price to book", "pb", "p b", "price book", "price to book ratio", "pb ratio", "book ratio"),
    ("low 52w", "52 week low", "52w low", "yearly low", "annual low"),
    ("high 52w", "52 week high", "52w high", "yearly high", "annual high"),
    ("sub industry", "industry", "subindustry", "sub industries", "gics sub industry"),
    ("sector", "gics sector", "industry sector"),
    ("symbol", "ticker", "ticker symbol", "stock symbol", "stock ticker", "code"),
    ("name", "company name", "security", "title", "called"),
    ("hq city", "city", "headquarters city", "town", "hq"),
    ("hq region", "region", "state", "headquarters state", "province", "hq state",
     "headquarter", "headquarters", "headquartered"),
    ("date added", "added", "date of addition", "addition date", "inclusion date", "join date", "joined",
     "listed", "listing date", "inclusion"),
    ("founded", "founding", "founding year", "year founded", "established", "founding date", "inception",
     "foundation year", "year of founding", "founded year"),
    ("cik", "central index key"),
    ("price", "share price", "stock price", "current price", "last price", "cost"),
    ("ebitda", "operating profit", "earnings before interest taxes depreciation and amortization"),
    ("sp500", "sp 500", "s p 500", "index level", "index value", "sp500 index", "sp 500 index", "level",
     "index price", "index close"),
    ("cpi", "consumer price index", "inflation index", "price index", "price level"),
    ("long interest rate", "interest rate", "long term interest rate", "long rate", "bond yield",
     "treasury yield", "10 year yield", "rates", "interest"),
    ("pe10", "cape", "shiller pe", "cape ratio", "cyclically adjusted pe", "pe 10"),
    ("real price", "inflation adjusted price", "real index"),
    ("real dividend", "inflation adjusted dividend"),
    ("real earnings", "inflation adjusted earnings"),
    ("month", "date", "time", "period"),
    ("revenue", "sales", "turnover", "income", "takings"),
    ("employees", "staff", "headcount", "workers", "employee count"),
    ("customer", "client", "buyer"),
    ("carriers", "carrier", "airline", "airlines"),
    ("list price", "asking price", "listing price", "asking"),
    ("fine", "late fee", "late fees", "penalty", "overdue fee", "fines"),
    ("quantity on hand", "stock on hand", "on hand", "in stock", "stock level", "stock levels", "inventory"),
    ("freight cost", "shipping cost", "shipping costs", "delivery cost", "freight", "postage"),
    ("attendance", "crowd", "crowds", "spectators", "audience", "turnout", "attendees"),
    ("product", "item", "goods"),
    ("quantity", "qty", "units"),
    ("country", "nation", "countries", "nations"),
    ("population", "populous", "inhabitants", "people", "residents", "populated"),
    ("life expectancy", "lifespan", "life span"),
    ("surface area", "area", "size", "land area"),
    ("gnp", "gross national product", "gdp", "economy", "economic output"),
    ("created at", "created", "creation date", "signup date", "signed up"),
    ("order date", "ordered", "purchase date"),
    ("amount", "value", "spend", "spent", "spending", "paid", "payment", "payments"),
    ("salary", "pay", "wage", "compensation", "paid", "earns", "earning"),
    ("gpa", "grade point average", "grade average"),
    ("title", "job title", "job titles", "position", "job"),
    ("birth date", "born", "date of birth", "birthday", "dob", "birthdate", "birth"),
    ("department", "dept", "team"),
    ("companies", "company", "firm", "firms", "business", "businesses", "stock", "stocks", "constituent",
     "constituents", "member", "members", "corporation", "corporations"),
    ("fundamentals", "financials", "financial data", "fundamental"),
    ("index monthly", "index", "sp 500 index", "market index", "monthly index", "index history"),
]

# Nouns that name the rate of change of a quantity, never its level: inflation is how fast a price
# index rises, growth how fast a figure grows, a return how much a price (with what it paid) gained.
# A built-in synonym never makes one of them name a column whose own name does not say it: the
# level of the CPI is no inflation, the index level no return.
CHANGE_NOUNS = frozenset({"inflation", "deflation", "disinflation", "growth", "return", "returns",
                          "appreciation", "depreciation"})

# Roles of measures named by their unit or by what they hold: a column whose name is made of one of
# these words ("Milliseconds", "UnitPrice", "Total", "Bytes", "weightKg") is also called by the role's
# words ("length", "price", "sales", "file size", "weight").
ROLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # role: (words of column names, phrases people use)
    "duration": (("milliseconds", "millisecond", "ms", "seconds", "second", "secs", "sec", "minutes", "minute",
                  "mins", "hours", "duration", "length", "runtime", "len"),
                 ("length", "duration", "runtime", "running time", "run time", "play time", "playing time",
                  "track length", "song length", "long")),
    "money": (("total", "amount", "sales", "revenue", "payment", "paid", "spend", "turnover", "subtotal", "gross",
               "usd", "eur", "gbp", "dollars"),
              ("amount", "sales", "revenue", "spend", "spent", "spending", "paid", "payment", "payments", "money",
               "turnover", "income", "takings", "billed", "invoiced", "sales amount", "gross", "box office",
               "takings", "value")),
    "price": (("price", "unitprice", "cost", "fee", "fare"),
              ("price", "cost", "costs", "prices", "unit price", "per unit")),
    "tons": (("tonnage", "tons", "tonnes", "tonne"),
             ("tons", "tonnes", "tonnage", "ton", "tonne")),
    "bytes": (("bytes", "byte", "kb", "mb", "gb", "filesize"),
              ("size", "file size", "size in bytes", "bytes", "storage", "disk space")),
    "weight": (("weight", "kg", "kgs", "grams", "gram", "lbs", "pounds", "weightkg", "mass"),
               ("weight", "heavy", "mass", "weight in kg", "weigh", "weighs", "weighed")),
    "height": (("height", "heightcm", "cm", "stature"),
               ("height", "tall", "how tall", "stature")),
    "distance": (("distance", "miles", "mileage", "km", "kilometers", "kilometres", "dist"),
                 ("distance", "how far", "mileage")),         # not "far": "so far in 2025" is to date
    "pages": (("pages", "pagecount", "numpages"),
              ("page count", "number of pages", "pages", "page length")),
    "area": (("sqft", "sqm", "m2", "area", "acres", "hectares", "footage"),
             ("area", "floor area", "size", "square feet", "square footage", "square meters", "surface")),
}
# Verbs of money changing hands: what was spent, paid, earned, taken or billed over the rows asked
# about ('what has Lucy billed this year?' is the total of the money billed, on the bills' own dates).
MONEY_VERBS = frozenset({"spend", "spent", "spends", "pay", "paid", "pays", "earn", "earned", "earns", "take", "took",
                         "taken", "takes", "bring in", "brought in", "brings in", "billed", "invoiced", "charged"})
# Of them, the verbs of billing: a draft bill has not been billed yet, nor a void one at all.
BILLING_VERBS = frozenset({"billed", "invoiced", "charged"})
# Their plain forms, verbs only right after whoever billed ('what did we invoice?', 'what did Lucy
# bill?'), never in 'what invoice …', 'the bill'.
BILL_STEMS = frozenset({"bill", "invoice", "charge"})
# Pronouns that are a verb's own subject ('which dish have we served …?'); with he and she, whoever
# did what a verb of billing says ('what did she invoice?').
SUBJECT_PRONOUNS = frozenset({"we", "you", "they", "i"})
DOERS = SUBJECT_PRONOUNS | {"he", "she"}
# Words of having a thing, or 'with' it ('companies that have Bank in their name', 'the symbol with
# the max high_52w').
HAVING_WORDS = ("have", "has", "had", "having", "with")
# 'A versus B', 'A vs B', 'A v B': two sides set against each other
VERSUS_WORDS = frozenset({"versus", "vs", "v"})


def money_verb_at(m: list, i: int) -> str | None:
    """'billing' when mention i is a verb of billing ('billed', 'we invoice'), 'money' when another
    verb of money changing hands ('spent', 'paid'), None otherwise."""
    x = m[i]
    if x.text in BILLING_VERBS or x.text in BILL_STEMS and i > 0 and (m[i - 1].kind == "value" or m[i - 1].text in DOERS):
        return "billing"
    return "money" if x.text in MONEY_VERBS else None
# Words of column names for quantities that add up over rows (a budget, units sold, a contract's value):
# named without an aggregate word in a grouped answer they are totalled. A word of a level (a price,
# a rate, a score, an average) wins: 'unit_cost', 'avg_amount', 'price_value' are averaged.
ADDITIVE_NAMES = {"amount", "amt", "budget", "budgets", "quantity", "qty", "units", "value", "cost", "costs",
                  "spend", "spending", "expense", "expenses", "volume",
                  # money taken in over a period is a flow as much as money spent: it adds up
                  # (not 'earnings' or 'income': of an index or a company's year they are a level)
                  "takings", "proceeds", "receipts", "turnover",
                  # what was sold over a period (beds_sold, tickets_sold) adds up like units
                  "sold"}
# Room for people or things a place has (seats, spaces, beds): a group's capacity is the sum of
# its places' ('spaces by town'), never their average.
CAPACITY_NAMES = {"capacity", "seats", "spaces", "beds", "bays", "slots", "berths", "pitches", "docks", "lockers"}
# Two-word names of money taken in, no word of which is a money word alone ('BoxOffice',
# 'gate_money'): a flow, added up like 'takings'.
ADDITIVE_PHRASES = {("box", "office"), ("gate", "money"), ("gate", "receipts")}
LEVEL_NAMES = {"price", "rate", "ratio", "pct", "percent", "percentage", "score", "rating", "avg", "average",
               "mean", "median", "per", "unit", "margin", "yield", "index", "level", "age", "fee", "fare"}
# A price charged per row ('fee', 'fare'): averaged as a level, but the plural over periods ('fees
# each month') is the money taken in each period, a total.
CHARGE_NAMES = {"fee", "fare", "charge", "toll", "commission"}
# Plural nouns that grade a row rather than count what happened in it ('stars', 'points' of a review).
RATING_NOUNS = {"stars", "points", "grades", "marks", "votes", "likes", "ratings", "scores"}
# Money coming in ('gross', 'revenue') is never a column named for money going out (a budget, a cost).
INCOME_WORDS = {"gross", "revenue", "sales", "income", "takings", "turnover", "earned", "earnings", "box", "office"}
OUTGO_NAMES = {"budget", "cost", "costs", "expense", "expenses", "spend", "spending", "outlay", "discount",
               "discounts", "refund", "refunds"}
# Prefixes that turn a word into its opposite ('indoor'/'outdoor', 'online'/'offline',
# 'internal'/'external'), and a few opposites no prefix makes: the other state of a yes/no column.
OPPOSITE_PREFIXES = (("in", "out"), ("out", "in"), ("on", "off"), ("off", "on"), ("in", "ex"), ("ex", "in"))
OPPOSITE_WORDS = MappingProxyType({"domestic": "international", "international": "domestic",
                                   "public": "private", "private": "public", "manual": "automatic",
                                   "automatic": "manual", "temporary": "permanent", "permanent": "temporary"})
# Forms of one word, as the light stemmer leaves them: 'payment' and 'paid' both say 'pay'.
WORD_FAMILIES = {"payment": "pay", "paid": "pay", "spent": "spend"}
# Abbreviations in column and table names, spelled out: "hire_dt" is also "hire date".
ABBREVIATIONS = {
    "dt": "date", "yr": "year", "yrs": "years", "qty": "quantity", "amt": "amount", "cnt": "count",
    "pct": "percent", "dept": "department", "emp": "employee", "addr": "address", "desc": "description",
    "cust": "customer", "prod": "product", "instr": "instructor", "stu": "student", "bldg": "building",
    "cred": "credits", "tot": "total", "mgr": "manager", "sal": "salary", "pop": "population",
    "lang": "language", "num": "number", "nbr": "number", "avg": "average", "ctry": "country",
    "dob": "date of birth", "tel": "telephone", "indep": "independence", "exp": "experience",
    "yrsexp": "years of experience", "dur": "duration", "wt": "weight", "pos": "position", "cap": "capacity",
    "mins": "minutes", "nm": "name", "grp": "group", "cd": "code", "hrs": "hours", "secs": "seconds", "att": "attendance",
    "sq": "square", "ft": "feet", "lname": "last name", "fname": "first name", "mname": "middle name", "ts": "date", "tstamp": "date", "datetime": "date", "timestamp": "date",
}
# Words that run-together lower-case names are made of ('depdelay', 'hubcity', 'distancemiles',
# 'flightno'): a name is split where one part is one of these (or an abbreviation above).
NAME_PARTS = ("name", "date", "time", "code", "id", "no", "num", "number", "city", "state", "country", "type",
              "count", "total", "amount", "price", "cost", "fee", "rate", "delay", "distance", "miles", "km", "ft",
              "feet", "year", "day", "month", "status", "title", "email", "phone", "address", "zip", "level",
              "score", "size", "weight", "height", "width", "length", "group", "class", "key", "flag", "value",
              "qty", "pct", "percent", "start", "end", "first", "last", "hub", "home", "birth", "hire", "order",
              "ship", "due", "departure", "arrival", "origin", "dest", "destination", "elevation", "capacity",
              "duration", "salary", "budget", "population", "region", "category", "product", "customer", "user",
              "flight", "airport", "carrier", "seat", "seats", "credit", "credits", "grade", "points", "goals",
              "sales", "revenue", "profit", "income", "stock", "unit", "kg", "usd", "min", "max", "avg", "sec")
# Spelled out when a name is split: 'elevationft' -> elevation ft -> elevation feet.
ABBREVIATIONS_EXTRA = {"ft": "feet", "dep": "departure", "arr": "arrival", "dest": "destination", "no": "number",
                       "flt": "flight", "pax": "passengers"}
# The last word of a name that qualifies the first ('stockQty', 'weightKg', 'popCount'): the words
# before it name the column too ("stock").
UNIT_SUFFIXES = ("qty", "quantity", "kg", "kgs", "g", "lb", "lbs", "cm", "mm", "km", "usd", "eur", "pct", "percent",
                 "count", "cnt", "num", "nbr", "number", "ms", "sec", "secs", "mins", "level", "value", "amt",
                 "millions", "thousands", "billions", "mn", "bn", "amount", "pence", "cents", "pcm", "pw")
# Units a measure is stated in: "fee in dollars", "length in minutes" name the measure itself.
UNIT_WORDS = ("dollars", "dollar", "usd", "euros", "euro", "eur", "pounds", "gbp", "yen", "minutes", "seconds",
              "hours", "days", "milliseconds", "kg", "kilograms", "kilos", "grams", "lbs", "bytes", "megabytes",
              "km", "kilometers", "kilometres", "miles", "meters", "metres", "cm", "percent", "years")
# The quantity and unit each unit word stands for: a measure asked 'in pounds' whose column is kept
# in pence (day_rate_pence), or 'in minutes' kept in seconds, is in another unit than asked.
def _units_of() -> dict[str, frozenset]:
    out: dict[str, set] = {}
    for quantity, units in (
            ("money", (("major", "dollars", "dollar", "usd", "euros", "euro", "eur", "pounds", "gbp", "yen"),
                       ("minor", "pence", "penny", "pennies", "cents", "cent"))),
            ("time", (("ms", "milliseconds", "millisecond", "ms", "msec", "millis"), ("s", "seconds", "second", "sec", "secs"),
                      ("min", "minutes", "minute", "min", "mins"), ("h", "hours", "hour", "hr", "hrs"),
                      ("d", "days", "day"))),
            ("length", (("km", "km", "kilometers", "kilometres", "kms"), ("mi", "miles", "mile"),
                        ("m", "meters", "metres", "meter", "metre"), ("cm", "cm", "centimeters", "centimetres"),
                        ("mm", "mm", "millimeters", "millimetres"))),
            ("weight", (("kg", "kg", "kgs", "kilograms", "kilos", "kilo"), ("g", "grams", "gram", "g"),
                        ("lb", "lbs", "lb", "pounds")))):
        for unit, *words in units:
            for w in words:
                out.setdefault(w, set()).add((quantity, unit))
    return {w: frozenset(u) for w, u in out.items()}


UNITS_OF = MappingProxyType(_units_of())
# Words naming a currency: the money units above ('pounds', 'usd', 'pence') and a few more codes.
CURRENCY_WORDS = frozenset({w for w, units in UNITS_OF.items() if any(q == "money" for q, _ in units)} |
                           {"pound", "sterling", "jpy", "chf", "cad", "aud"})
# Spans of time after 'all' ('across all years', 'of all time'): the whole span the data covers.
SPANS_OF_TIME = ("years", "months", "quarters", "weeks", "days", "time")
# Verbs that name the event a table's only date records ("invoices issued in 2021", "orders placed").
EVENT_VERBS = ("issued", "placed", "made", "created", "recorded", "registered", "filed", "submitted", "booked",
               "opened", "logged", "raised", "dated", "sent", "received", "written", "started", "flew", "flown",
               "departed", "arrived", "happened", "occurred", "borrowed", "loaned", "lent")
# Short forms of words found in category values: 'tech companies' are those of a sector holding 'Technology'.
VALUE_SHORT_FORMS = {"tech": "technology", "biotech": "biotechnology", "pharma": "pharmaceuticals",
                     "govt": "government", "gov": "government", "intl": "international", "mgmt": "management",
                     "svcs": "services", "telecom": "telecommunications", "edu": "education"}
# Everyday phrases for the event a date or year column records ('song_release_year': 'came out').
EVENT_PHRASES = {"release": ("came out", "come out", "comes out", "coming out"),
                 "found": ("set up", "started"), "establish": ("set up", "started")}
# Last words of table names that only say it holds rows ('cars_data', 'order_details'): the words
# before them name the table too ('cars').
TABLE_SUFFIXES = ("data", "info", "information", "details", "records", "table", "tbl", "entries")
# The last word of a name that says "when": the words before it name the event ("hire_date" -> "hired").
EVENT_SUFFIXES = ("date", "time", "at", "on", "year", "day", "dt", "yr", "timestamp")

# Words for people in general: the rows of the database's one table of persons (a table with first
# and last names), never a value that merely contains the word ('Head of People').
PEOPLE_WORDS = ("people", "person", "persons", "staff", "staffers", "personnel", "individuals", "folks",
                "employees", "employee", "workers", "worker", "staff members", "team members")
# Of those, the words for the people who work here: only a table of employees is named by them.
STAFF_WORDS = ("staff", "staffers", "personnel", "employees", "employee", "workers", "worker", "staff members",
               "team members")
STAFF_TABLES = ("employee", "staff", "worker", "personnel", "emp", "staffer")

# Superlatives that name both a direction and a role: "the longest tracks" ranks by the duration.
ROLE_RANKS: dict[str, tuple[str, ...]] = {     # phrase: (direction, roles tried in order)
    "longest": ("desc", "duration", "distance", "pages"),
    "shortest": ("asc", "duration", "distance", "pages", "height"), "tallest": ("desc", "height"),
    "farthest": ("desc", "distance"), "furthest": ("desc", "distance"), "nearest": ("asc", "distance"),
    "most expensive": ("desc", "price"), "priciest": ("desc", "price"), "costliest": ("desc", "price"),
    "cheapest": ("asc", "price"), "least expensive": ("asc", "price"),
    "heaviest": ("desc", "weight"), "lightest": ("asc", "weight"),
}

# Measures a bare "largest"/"biggest" most likely means, best first.
SIZE_WORDS = ("market cap", "revenue", "sales", "amount", "total", "population", "employees", "size", "capacity",
              "area", "seats", "value",
              "price", "count", "quantity")

# Keyword lexicon: phrase (normalised text) -> (kind, argument)
KEYWORDS: dict[str, tuple[str, object]] = {}


def _kw(kind: str, arg, *phrases: str) -> None:
    for p in phrases:
        KEYWORDS[p] = (kind, arg)


_kw("count", None, "how many", "how many times", "number of times", "number of", "count", "count of", "count the", "total number of",
    "num of", "no of", "how much", "counts")
# 'which codes count as authorised?': the verb 'count as' (is classed as), never a count of them
_kw("copula", None, "count as", "counts as", "counted as")
_kw("agg", "avg", "average", "avg", "mean", "typical", "averaging", "averaged")
_kw("agg", "sum", "total", "sum", "sum of", "combined", "aggregate", "overall", "altogether", "cumulative",
    "add up to", "adds up to", "added up to")
_kw("agg", "median", "median")
_kw("agg", "max", "maximum", "max")
_kw("agg", "min", "minimum", "min")
_kw("rank", "desc", "highest", "largest", "biggest", "top", "most", "greatest", "best",
    "richest", "most valuable", "strongest", "leading", "tallest", "oldest", "most expensive",
    "most recent", "most recently", "latest", "newest", "costliest", "busiest")
_kw("rank", "asc", "lowest", "smallest", "least", "bottom", "fewest", "worst", "cheapest",
    "weakest", "earliest", "least recently", "youngest", "least valuable", "first added", "quietest")
# rank words that say an amount of rows ("the most appointments"), not a size of one row
AMOUNT_RANKS = frozenset({"most", "least", "fewest"})
# 'according to the data': the source every answer has, so no condition or measure
_kw("aside", None, "according to the data", "according to the database", "according to the dataset",
    "according to your data", "according to the records", "in the data", "in the database", "in the dataset")
# 'which single company is the largest …': 'single' only says one row is asked for ('the single
# biggest order' is another matter: one order, not one customer's total)
_kw("list", None, "which single", "what single")
# a level's extreme over a series: 'when was the rate at its all-time high?', 'when did it peak?' —
# one moment, so one row whatever the number of the noun ('when did rates peak?')
ONE_MOMENT_RANKS = {"all time high": "desc", "all time highs": "desc", "record high": "desc", "peak": "desc",
                    "peaked": "desc", "its peak": "desc", "at its peak": "desc", "at their peak": "desc",
                    "all time low": "asc", "all time lows": "asc", "record low": "asc"}
for _p, _d in ONE_MOMENT_RANKS.items():
    _kw("rank", _d, _p)
# rank words that say how busy with rows a thing is ('the busiest event'), never how big one figure is
BUSY_RANKS = frozenset({"busiest", "quietest"})
_kw("sortword", None, "sort", "sorted", "order", "ordered", "rank", "ranked", "sort it", "order it",
    "sort them", "order them", "arrange")
_kw("direction", "desc", "highest to lowest", "high to low", "largest to smallest", "biggest to smallest",
    "descending order", "in descending order", "highest first", "from highest to lowest", "most to least", "newest first",
    "latest first", "largest first", "biggest first", "top down", "decreasing", "descending", "desc")
_kw("direction", "asc", "lowest to highest", "low to high", "smallest to largest", "ascending order",
    "in ascending order", "lowest first", "from lowest to highest", "least to most", "oldest first", "earliest first",
    "smallest first", "increasing", "ascending", "asc", "chronologically", "chronological order", "alphabetically",
    "alphabetical order")
_kw("cmp", ">", "more than", "greater than", "above", "over", "exceeding", "exceeds", "bigger than",
    "larger than", "higher than", "at least", "no less than", ">", ">=", "or more", "and above",
    "and up", "exceed", "beyond", "upwards of")
_kw("cmp", "<", "less than", "fewer than", "below", "under", "smaller than", "lower than", "at most",
    "no more than", "<", "<=", "or less", "or fewer", "and below", "cheaper than", "beneath")
_kw("cmp", "=", "equal to", "equals", "exactly", "=")
# a movement that ends past a threshold: 'when did the rate first fall below 2?'
_kw("cmp", ">", "rise above", "rose above", "risen above", "go above", "went above", "gone above", "climb above",
    "climbed above", "jump above", "jumped above", "surpass", "surpassed", "crossed", "topped", "break above",
    "broke above", "stay above", "stayed above", "remain above", "remained above")
_kw("cmp", "<", "fall below", "fell below", "fallen below", "drop below", "dropped below", "go below", "went below",
    "gone below", "dip below", "dipped below", "sink below", "sank below", "stay below", "stayed below",
    "remain below", "remained below")
_kw("cmp", ">=", "reach", "reached", "hit", "hits")
_kw("direction", "old_first", "oldest to youngest", "from oldest to youngest", "from the oldest to the youngest",
    "oldest to newest", "from oldest to newest", "from the oldest to the newest", "earliest to latest",
    "from earliest to latest", "from the earliest to the latest", "oldest first")
_kw("direction", "young_first", "youngest to oldest", "from youngest to oldest", "from the youngest to the oldest",
    "newest to oldest", "from newest to oldest", "from the newest to the oldest", "latest to earliest",
    "from latest to earliest", "from the latest to the earliest", "youngest first", "newest first")
_kw("reverse", None, "reverse the order", "reverse the sort", "reverse it", "reverse", "flip the order",
    "flip the sort", "invert the order", "the other way round", "the other way around", "in reverse order",
    "in reverse")
_kw("reset", None, "remove the filter", "remove the filters", "remove all filters", "clear the filter",
    "clear the filters", "clear all filters", "drop the filter", "drop the filters", "drop all filters",
    "without filters", "without any filter", "without any filters", "no filters", "remove the conditions",
    "remove the condition", "remove all conditions", "unfiltered")
_kw("between", None, "between")
_kw("since", ">=", "since", "from", "starting", "starting from", "as of", "onwards", "beginning")
_kw("after", ">", "after", "later than", "post")
_kw("before", "<", "before", "earlier than", "prior to", "until", "till", "up to", "pre")
_kw("in", None, "in", "during", "for", "of", "within")
# 'how many sectors are the companies spread across?': the groups the rows are in
_kw("in", None, "spread across", "spread over", "spread out across", "spread out over", "distributed across",
    "distributed over", "spread among")
_kw("group", None, "by", "per", "for each", "in each", "for every", "in every", "each", "every", "across",
    "grouped by", "broken down by", "breakdown by", "split by", "break it down by", "break down by",
    "break that down by", "break them down by", "break this down by", "split it by", "split them by",
    "split that by", "split this by", "group it by", "group them by", "group that by", "group those by",
    "group these by", "group this by")
_kw("grain", "year", "yearly", "annual", "annually", "per year", "by year", "each year", "every year",
    "in each year", "in every year", "by the year", "for every year",
    "year by year", "year over year", "for each year", "over the years", "years")
_kw("grain", "month", "monthly", "per month", "by month", "each month", "every month", "month by month",
    "in each month", "for every month",
    "for each month")
_kw("grain", "quarter", "quarterly", "per quarter", "by quarter", "each quarter")
_kw("grain", "hour", "hourly", "per hour", "by hour", "each hour", "by hour of the day", "per hour of the day")
_kw("grain", "weekday", "by weekday", "per weekday", "each weekday", "by day of week", "by day of the week",
    "per day of the week", "by weekday name")
_kw("grain", "decade", "per decade", "by decade", "each decade", "for each decade", "in each decade",
    "decade by decade", "by decades", "per decades")
_kw("none", None, "without", "without any", "with no", "no", "pay no", "pays no", "paying no", "that have no", "who have no", "having no",
    "that have not", "with zero", "have no", "has no", "never had", "without a", "without an")
_kw("neg", None, "not", "excluding", "except", "other than", "besides", "apart from",
    "outside", "exclude", "neither", "leave out", "leaving out", "leaving aside", "leave aside",
    "setting aside", "set aside")
_kw("anaphora", None, "them", "those", "these", "they", "it", "their", "its", "same", "that one", "this one",
    "of them", "of those", "of these", "ones", "the ones", "such", "she", "he", "her", "his", "him")
_kw("connective", None, "and", "nor", "what about", "how about", "only", "just", "now", "instead", "but",
    "also", "then", "ok", "okay", "and what about", "what if", "same for", "too", "as well")
_kw("all", None, "all", "any", "every", "regardless of", "across all", "ignore", "remove the filter on",
    "drop the filter on", "no filter on")
_kw("list", None, "list", "show", "which", "what", "who", "name", "names", "give", "find", "display",
    "get", "tell", "see", "identify")
_kw("distinct", None, "distinct", "unique", "different")
_kw("share", None, "share", "percentage", "proportion", "distribution", "breakdown", "split", "fraction",
    "percent of", "pie")
_kw("overview", None, "overview", "summary", "summarize", "summarise", "profile", "snapshot", "tell me about",
    "describe", "key facts", "key figures", "at a glance", "every figure", "every figure for", "all figures",
    "all the figures", "all data", "all the data", "all details", "all the details", "everything", "all columns",
    "all the columns", "all information", "all the information", "all fields", "every detail", "every column",
    "full details", "all the data on", "all data on", "every number")
_kw("instead", None, "instead", "rather", "in place")
_kw("too", None, "too", "as well", "also", "additionally", "along with", "plus", "together with",
    "including", "add", "add the", "include", "also show", "show also")
_kw("like", "prefix", "starts with", "starting with", "begins with", "beginning with", "start with",
    "begin with")
_kw("like", "suffix", "ends with", "ending with", "end with")
_kw("like", "infix", "contains", "containing", "contain", "includes the word", "with the word",
    "has the word", "mentions")
_kw("null", "is", "missing", "unknown", "null", "empty", "no data")

# Nationality words for common country names, so 'French singers' finds 'France' when a column
# holds country names (stated as an assumption, like any other partial match).
DEMONYMS: dict[str, tuple[str, ...]] = {
    "france": ("french",), "germany": ("german", "germans"), "italy": ("italian", "italians"),
    "spain": ("spanish",), "portugal": ("portuguese",), "netherlands": ("dutch",), "belgium": ("belgian", "belgians"),
    "united kingdom": ("british", "uk"), "uk": ("british",), "ireland": ("irish",), "sweden": ("swedish", "swedes"),
    "norway": ("norwegian", "norwegians"), "denmark": ("danish",), "finland": ("finnish",), "poland": ("polish",),
    "greece": ("greek", "greeks"), "switzerland": ("swiss",), "austria": ("austrian", "austrians"),
    "russia": ("russian", "russians"), "ukraine": ("ukrainian", "ukrainians"), "turkey": ("turkish",),
    "united states": ("american", "americans", "us"), "usa": ("american", "americans"), "canada": ("canadian", "canadians"),
    "mexico": ("mexican", "mexicans"), "brazil": ("brazilian", "brazilians"), "argentina": ("argentinian", "argentine"),
    "chile": ("chilean", "chileans"), "china": ("chinese",), "japan": ("japanese",), "korea": ("korean", "koreans"),
    "south korea": ("korean", "koreans"), "india": ("indian", "indians"), "pakistan": ("pakistani", "pakistanis"),
    "australia": ("australian", "australians"), "new zealand": ("new zealander", "kiwi"), "egypt": ("egyptian", "egyptians"),
    "nigeria": ("nigerian", "nigerians"), "south africa": ("south african", "south africans"), "israel": ("israeli", "israelis"),
    "iran": ("iranian", "iranians"), "indonesia": ("indonesian", "indonesians"), "vietnam": ("vietnamese",),
    "thailand": ("thai",), "philippines": ("filipino", "filipinos"), "czech republic": ("czech",), "hungary": ("hungarian",),
}


# ISO 3166 two-letter codes of common countries, so 'suppliers based in Norway' finds 'NO' when a
# country column holds codes (stated as an assumption). Names as people say them; no pronoun-like
# short forms ('us').
ISO_COUNTRY_CODES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "NO": ("norway",), "SE": ("sweden",), "DK": ("denmark",), "FI": ("finland",), "IS": ("iceland",),
    "GB": ("united kingdom", "uk", "great britain", "britain"), "IE": ("ireland",), "FR": ("france",),
    "DE": ("germany",), "NL": ("netherlands", "holland"), "BE": ("belgium",), "LU": ("luxembourg",),
    "CH": ("switzerland",), "AT": ("austria",), "IT": ("italy",), "ES": ("spain",), "PT": ("portugal",),
    "PL": ("poland",), "CZ": ("czech republic", "czechia"), "HU": ("hungary",), "GR": ("greece",),
    "TR": ("turkey",), "RU": ("russia",), "UA": ("ukraine",), "RO": ("romania",), "BG": ("bulgaria",),
    "HR": ("croatia",), "EE": ("estonia",), "LV": ("latvia",), "LT": ("lithuania",),
    "US": ("united states", "usa", "america"), "CA": ("canada",), "MX": ("mexico",), "BR": ("brazil",),
    "AR": ("argentina",), "CL": ("chile",), "CO": ("colombia",), "PE": ("peru",), "CN": ("china",),
    "JP": ("japan",), "KR": ("south korea", "korea"), "IN": ("india",), "PK": ("pakistan",),
    "AU": ("australia",), "NZ": ("new zealand",), "EG": ("egypt",), "NG": ("nigeria",),
    "ZA": ("south africa",), "IL": ("israel",), "AE": ("united arab emirates", "uae"),
    "SA": ("saudi arabia",), "SG": ("singapore",), "HK": ("hong kong",), "TW": ("taiwan",),
    "ID": ("indonesia",), "VN": ("vietnam",), "TH": ("thailand",), "PH": ("philippines",), "MY": ("malaysia",),
})

# Words of a column that holds a place: what 'where …?' asks for.
# Rows that are bad news when there are more of them: 'the worst month' for complaints is the
# month with the most; for rows neither good nor bad (orders? visits?) 'best'/'worst' is no direction.
BAD_ROW_WORDS = frozenset({"complaint", "breakdown", "fault", "incident", "defect", "return", "refund",
                           "failure", "error", "accident", "injury", "outage", "violation", "penalty",
                           "noshow", "cancellation", "claim", "delay", "bug", "rejection", "fine",
                           "infraction", "dispute", "chargeback", "recall", "leak", "breach", "crash",
                           "late", "overdue", "damage", "waste", "miss", "bounce", "churn"})
PLACE_WORDS = frozenset({"city", "town", "region", "state", "province", "country", "county", "address", "location",
                         "postcode", "zip", "district", "suburb", "area"})
