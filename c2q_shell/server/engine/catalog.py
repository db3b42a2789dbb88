"""The engine's lexicon for one database: phrases for tables and columns (names, split words,
plurals, synonyms, summary descriptions, term sheets), an index of the values in the data,
the join graph, and each column's role."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from types import MappingProxyType

from ..schema import Column, ForeignKey, Schema, Table, infer_foreign_keys, singular
from .participles import amount_of_an_event
from .text import STOP, normalise, stem, tokenize
from .valuation import WORTH_WORDS, the_valuation
from .vocab import (
    ABBREVIATIONS,
    ABBREVIATIONS_EXTRA,
    ADDITIVE_NAMES,
    ADDITIVE_PHRASES,
    CHANGE_NOUNS,
    CURRENCY_WORDS,
    DEMONYMS,
    EVENT_PHRASES,
    EVENT_SUFFIXES,
    EVENT_VERBS,
    INCOME_WORDS,
    ISO_COUNTRY_CODES,
    LEVEL_NAMES,
    NAME_PARTS,
    OUTGO_NAMES,
    PEOPLE_WORDS,
    PLACE_WORDS,
    RATING_NOUNS,
    ROLES,
    SIZE_WORDS,
    STAFF_TABLES,
    STAFF_WORDS,
    SYNONYMS,
    TABLE_SUFFIXES,
    UNIT_SUFFIXES,
    UNIT_WORDS,
)

END_WORDS = {"to", "end", "ended", "ending", "until", "till", "thru", "through", "expiry", "expires", "expiration",
             "termination", "terminated", "left", "exit", "exited"}
RANGE_STARTS = {"start", "starts", "starting", "begin", "begins", "beginning", "first", "from", "opens"}
RANGE_ENDS = {"end", "ends", "ending", "finish", "finishes", "last", "to", "until", "closes"}
LABEL_NAMES = ("name", "full_name", "display_name", "company_name", "product_name", "customer_name",
               "long_name", "short_name", "username", "title", "label", "security", "email")
DIMENSION_LIMIT = 200
GENERIC = set("""services service products product equipment group company companies inc corp corporation
general international systems system holdings global american national united first new data care
management industries industrial technologies solutions partners trust financial capital resources
brands energy insurance health other real estate retail stores""".split())
CORP_SUFFIX = re.compile(r"\b(inc|incorporated|corp|corporation|co|company|companies|ltd|limited|plc|llc|lp|sa|ag|nv|"
                         r"group|holdings?|the|class [a-z])\b\.?")


# a column whose name says yes/no: is_active, HasPool, abandoned_yn, paid_flag
FLAG_NAME = re.compile(r"^([iI]s|[hH]as)[_A-Z]|(_|[a-z])(yn|YN|flag|Flag|FLAG|bool)$")


# a category written as a code of capitals without vowels after its first letter ('RPR', 'CNCL', 'SHPD')
_CODE = re.compile(r"^[A-Z]{3,5}$")
# a footnote mark a value carries from the table it was copied from: 'Florida[3]', 'Texas*', 'Ohio†'
_FOOTNOTE = re.compile(r"\s*(?:\[\w{1,3}\]|[*†‡§]+)$")

# the score of a name matched without its suffix or bracket ('Apple' for 'Apple Inc.')
BARE_NAME_SCORE = 0.95


@dataclass(frozen=True)
class Ref:
    kind: str                 # column | table
    table: str
    column: str = ""
    strength: int = 2         # 3 exact name, 2 name words, 1 synonym/description


@dataclass(frozen=True)
class ValueRef:
    table: str
    column: str
    value: str
    score: float              # 1.0 exact; less for a partial match


_ISO2 = re.compile(r"[A-Z]{2}")
# Last words of column names that say what kind of value it is, not what it is about.
_TYPE_WORDS = {stem(w) for w in ("date", "time", "year", "name", "id", "at", "on", "code", "number", "num", "no",
                                 "type", "kind", "day", "month", "label")}
# First words that only qualify the type word: "first_name" is not what "the first 3" means.
_QUALIFIERS = {stem(w) for w in ("first", "last", "middle", "full", "given", "family", "nick", "display", "short",
                                 "long", "user", "maiden", "start", "end", "due", "other", "old", "new")}


TABLE_PREFIX = re.compile(r"^(?:tbl|tb|t|dim|fact|stg|vw|v|ref|lkp|lu)_", re.I)
_PARTS = set(NAME_PARTS)
_COUNT_WORDS = {"num", "number", "no", "nbr", "n", "count", "cnt", "of"}
_ROW_NUMBER_WORDS = {"id", "no", "num", "nbr", "nr", "number"}      # JOB_NO, order_id: the row's own number
_BOUND_NAMES = {"max", "maximum", "minimum", "limit", "cap", "allowed", "allowance"}
_RATE_SUFFIXES = {"pcm": "monthly", "pw": "weekly"}     # a rate per period written after the amount
_PRICE_NAMES = {"price", "prices", "cost", "fee", "rate", "fare", "tariff"}     # a level per unit, never the unit's quantity
# English prefixes that make a new word of a known one ('discount', 'recount', 'subtotal', 'overtime')
_PREFIXES = {"dis", "mis", "re", "pre", "sub", "non", "un", "over", "under", "out", "co", "de", "ex", "inter",
             "multi", "post", "semi", "super", "trans", "anti", "counter", "up"}
_WHOLE = frozenset({"candidate", "update", "updated", "mandate", "validate", "lifetime", "overtime", "runtime",
                    "someone", "anyone", "outdate", "sedate", "bystate", "interstate", "nickname", "surname", "rename",
                    "weekend", "legend", "stipend", "backend", "frontend", "append", "extend", "attend", "friend"}
                   # and every word of the built-in vocabulary: 'dividend' is no 'divid' + 'end'
                   | {w for group in SYNONYMS for phrase in group for w in phrase.split() if len(w) >= 6})


def _synonym_words() -> MappingProxyType[str, frozenset[str]]:
    """Stem -> the words the built-in synonym groups spell with it ('state' -> 'state', 'states')."""
    out: dict[str, set[str]] = defaultdict(set)
    for group in SYNONYMS:
        for phrase in group:
            for w in phrase.split():
                out[stem(w)].add(w)
    return MappingProxyType({k: frozenset(v) for k, v in out.items()})


_SYNONYM_WORDS = _synonym_words()       # the same for every database: built once


def split_run_together(word: str) -> list[str]:
    """A lower-case name written without separators, split into the known words it is made of:
    'depdelay' -> ['dep', 'delay'], 'distancemiles' -> ['distance', 'miles'], 'flightno' ->
    ['flight', 'no']. Mixed case, short names and names that are a known word stay whole."""
    w = word.lower()
    if word != w or len(w) < 6 or not w.isalpha() or w in _PARTS or w in _WHOLE:
        return [word.lower()] if word == w else [word]
    best, score = None, 0
    for i in range(2, len(w) - 1):
        a, b = w[:i], w[i:]
        known_a = a in _PARTS or a in ABBREVIATIONS or a in ABBREVIATIONS_EXTRA
        known_b = b in _PARTS or b in ABBREVIATIONS or b in ABBREVIATIONS_EXTRA
        if not known_b or not (known_a or len(a) >= 3) or (len(b) <= 2 and not known_a):
            continue                # ('requests' is no 'reques' + 'ts': a short ending needs a known start)
        if a in _PREFIXES and not known_a:
            continue                # ('discount' is no 'dis' + 'count': a prefix makes another word)
        s = (len(a) if known_a else 0) + (len(b) if known_b else 0)
        if s > score:
            best, score = (a, b), s
    if best is None:
        return [w]
    return split_run_together(best[0]) + [best[1]]


def _participle(words: list[str]) -> bool:
    """'worked', 'scored': a word a name ends in that is a verb's participle, not a noun."""
    return bool(words) and words[0].endswith("ed") and len(words[0]) >= 4 and not words[0].endswith("eed")


def phrase_key(text: str) -> tuple[str, ...]:
    return tuple(t.text if t.is_number else t.stem for t in tokenize(text) if t.text not in ("?", ",", ";", ":"))


def unmarked(value: str) -> str:
    """The value without a footnote mark at its end ('Florida[3]' -> 'Florida'), folded for comparing."""
    return _FOOTNOTE.sub("", value.strip()).strip().casefold()


def value_key(value: str) -> tuple[str, ...]:
    return tuple(t.stem if not t.is_number else t.text for t in tokenize(value)
                 if t.text not in ("?", ",", ";", ":"))


class Catalog:
    def __init__(self, schema: Schema, summary: dict | None = None, knowledge: list[dict] | None = None):
        self.schema = schema
        self.dialect = schema.dialect
        self.database = schema.database
        self.tables: dict[str, Table] = schema.tables
        keys = infer_foreign_keys(schema)
        self.foreign_keys: list[ForeignKey] = [f for f in keys if not f.more]     # keys of one column
        self.composite_keys: list[ForeignKey] = [f for f in keys if f.more]       # keys of several columns
        self.phrases: dict[tuple, set[Ref]] = defaultdict(set)
        self.values: dict[tuple, set[ValueRef]] = defaultdict(set)
        self.partial: dict[str, set[ValueRef]] = defaultdict(set)
        self.first_words: dict[str, set[ValueRef]] = defaultdict(set)
        self.acronyms: dict[str, set[ValueRef]] = defaultdict(set)     # 'it' -> 'Information Technology'
        self.table_initials: dict[str, set[str]] = defaultdict(set)     # 'po' -> PurchaseOrders
        self.coded_values: dict[str, set[ValueRef]] = defaultdict(set)  # 'rpr' -> the code 'RPR' ('repair')

        self.fewshots: dict[str, str] = {}
        self.instructions: list[str] = []
        self.term_texts: dict[tuple, str] = {}      # a term sheet's term -> its description
        self.max_phrase = 1
        self.name_words: dict[str, set[Ref]] = defaultdict(set)    # single words of column names
        self.coded: dict[str, set[Ref]] = defaultdict(set)     # consonant skeleton -> names abbreviated so ('trp')
        self.roles: dict[str, list[tuple[str, str]]] = defaultdict(list)   # duration, money, price… -> columns
        self.event_dates: dict[str, set[Ref]] = defaultdict(set)   # 'issued' -> each table's first date
        self._adjacent: dict[str, list[tuple[str, ForeignKey]]] = defaultdict(list)
        for fk in self.foreign_keys + self.composite_keys:
            self._adjacent[fk.table].append((fk.ref_table, fk))
            self._adjacent[fk.ref_table].append((fk.table, fk))
        self._component = self._components()
        self._paths: dict[tuple[str, str], list | None] = {}
        self._synonyms = {phrase_key(p): [phrase_key(q) for q in group if q not in CHANGE_NOUNS]
                          for group in SYNONYMS for p in group if p not in CHANGE_NOUNS}
        for t in self.tables.values():
            self._index_table(t)
            words = self._raw_words(TABLE_PREFIX.sub("", t.name) or t.name)
            if 2 <= len(words) <= 4 and all(w.isalpha() for w in words):
                self.table_initials["".join(w[0] for w in words)].add(t.name)    # PurchaseOrders: 'POs'
        self._index_keys_named_like_their_table()
        self._index_head_nouns()
        self._index_leading_nouns()
        self._index_codes()
        self._index_looked_up_codes()
        self._index_people()
        self._index_worth()
        self._index_summary(summary or {})
        self._index_knowledge(knowledge or [])

    # building ---------------------------------------------------------------------
    def _add(self, key: tuple, ref: Ref) -> None:
        if not key or all(k in STOP for k in key):
            return
        existing = {r for r in self.phrases[key] if (r.kind, r.table, r.column) == (ref.kind, ref.table, ref.column)}
        if existing and max(r.strength for r in existing) >= ref.strength:
            return
        self.phrases[key] -= existing
        self.phrases[key].add(ref)
        self.max_phrase = max(self.max_phrase, len(key))

    def _names(self, name: str) -> list[tuple]:
        spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", name).replace("_", " ").replace("-", " ")
        keys = [phrase_key(spaced)]
        parts = " ".join(w for word in spaced.split() for w in split_run_together(word))
        if parts != spaced.lower():          # 'depdelay' -> 'departure delay', 'hubcity' -> 'hub city'
            spaced = " ".join(ABBREVIATIONS_EXTRA.get(w, w) for w in parts.split())
            keys.append(phrase_key(spaced))
        split_digits = re.sub(r"([a-zA-Z])(\d)", r"\1 \2", spaced)
        if split_digits != spaced:
            keys.append(phrase_key(split_digits))
        words = split_digits.lower().split()
        if any(w in ABBREVIATIONS for w in words):           # hire_dt -> hire date, tot_cred -> total credits
            words = [ABBREVIATIONS.get(w, w) for w in words]
            keys.append(phrase_key(" ".join(words)))
        if len(words) == 2 and words[0] not in STOP and words[1] not in STOP:
            keys.append(phrase_key(f"{words[0]} of {words[1]}"))     # YearsExp -> "years of experience"
            keys.append(phrase_key(f"{words[1]} of {words[0]}"))     # birth_country -> "country of birth"
        return keys

    def _synonyms_of(self, key: tuple, raw: list[str]) -> list[tuple]:
        """The synonym phrases of a name's key, unless a word of the name is only a clipped spelling
        of the word the group means: 'OrdStat' stems as 'state' does, but 'stat' is the status, and a
        'region' is no order status ('rates' or 'states' are the words themselves)."""
        if any(self._clipped(r, k) for k in key for r in raw if stem(r) == k):
            return []
        return self._synonyms.get(key, [])

    def _clipped(self, raw: str, key_word: str) -> bool:
        spelled = _SYNONYM_WORDS.get(key_word, frozenset())
        if raw in spelled or any(raw.startswith(w) for w in spelled):
            return False
        return any(w.startswith(raw) and w[len(raw):] not in ("s", "es") for w in spelled)

    @property
    def synonym_keys(self) -> set[tuple]:
        return set(self._synonyms)

    def name_words_of(self, name: str) -> list[str]:
        """The words of a table or column name, abbreviations spelled out ('mgr_id' → manager, id)."""
        words = self._raw_words(TABLE_PREFIX.sub("", name) or name)
        return words + [ABBREVIATIONS.get(w, ABBREVIATIONS_EXTRA.get(w, w)) for w in words]

    @staticmethod
    def _raw_words(name: str) -> list[str]:
        words = re.sub(r"([a-z])([A-Z])", r"\1 \2", name).replace("_", " ").replace("-", " ").lower().split()
        return [w for word in words for w in split_run_together(word)]

    @classmethod
    def place_kind(cls, name: str) -> tuple[str, ...] | None:
        """The words of a column of places besides its place word ('hq' of hq_city and of hq_region:
        two places of one kind); None for a column that holds no place."""
        words = cls._raw_words(name)
        if not set(words) & PLACE_WORDS:
            return None
        return tuple(w for w in words if w not in PLACE_WORDS)

    def _index_coded(self, t: Table) -> None:
        """Table names written as consonant skeletons ('TRP', 'STP', 'clm'), by that skeleton, so that
        'trips', 'stops' or 'claims' name the table when nothing else does (mentions.coded_name). Only a
        one-word name with no vowel after its first letter that is no known abbreviation ('rte' would
        also be 'rate'). Column words are left out: 'active' is not surely 'is_actv', nor 'ships' shp_id."""
        words = self._raw_words(TABLE_PREFIX.sub("", t.name) or t.name)
        w = words[0] if len(words) == 1 else ""         # (RTE_STP is neither the routes nor the stops)
        if 3 <= len(w) <= 5 and w.isalpha() and w not in ABBREVIATIONS and not set(w[1:]) & set("aeiou"):
            self.coded[skeleton(w)].add(Ref("table", t.name, strength=1))

    def _index_table(self, t: Table) -> None:
        bare = TABLE_PREFIX.sub("", t.name)      # tbl_players, dim_customer, t_orders: the players…
        for key in self._names(t.name) + (self._names(bare) if bare and bare != t.name else []):
            self._add(key, Ref("table", t.name, strength=3))
            for syn in self._synonyms_of(key, self._raw_words(bare or t.name)):
                self._add(syn, Ref("table", t.name, strength=1))
        words = self._raw_words(bare or t.name)
        if len(words) > 1 and words[-1] in TABLE_SUFFIXES:        # 'cars_data' holds the cars
            self._add(phrase_key(" ".join(words[:-1])), Ref("table", t.name, strength=2))
        self._index_coded(t)
        ent = singular(bare or t.name)
        for c in t.columns.values():
            for key in self._names(c.name):
                if "of" in key and "of" not in self._raw_words(c.name):
                    self._add(key, Ref("column", t.name, c.name, 2))     # 'years of experience': whole only
                    continue
                for w in key:
                    if len(w) >= 4 and not w.isdigit():
                        self.name_words[w].add(Ref("column", t.name, c.name, 1))
                self._add(key, Ref("column", t.name, c.name, 3))
                # "company_name" in table companies is also just "name"
                if key and key[0] == stem(ent) and len(key) > 1:
                    self._add(key[1:], Ref("column", t.name, c.name, 2))
                # the last word alone ("hq_city" -> "city") when it is distinctive
                if len(key) > 1 and key[-1] not in STOP and not key[-1].isdigit() and \
                        self._raw_words(c.name)[-2:-1] not in (["per"], ["p"]):     # unit_rate_p_kwh is no kWh
                    self._add(key[-1:], Ref("column", t.name, c.name, 1))
                # the head of a name that ends in a type word ("hire_date" -> "hire", "song_name" -> "song")
                if len(key) > 1 and key[-1] in _TYPE_WORDS and key[0] not in STOP and len(key[0]) >= 3 \
                        and not key[0].isdigit() and key[0] not in _QUALIFIERS:
                    self._add(key[:1], Ref("column", t.name, c.name, 1))
                    if key[0].endswith("e"):            # 'hire' is also the stem of 'hired'
                        self._add((key[0][:-1],), Ref("column", t.name, c.name, 1))
                # the last two words of a longer name ("song_release_year" -> "release year")
                if len(key) > 2:
                    self._add(key[-2:], Ref("column", t.name, c.name, 2))
                for syn in self._synonyms_of(key, self._raw_words(c.name)):
                    self._add(syn, Ref("column", t.name, c.name, 1))
                # "hire_date" is what "hired" and "hire" refer to
                raw = self._raw_words(c.name)
                if len(key) > 1 and raw and raw[-1] in EVENT_SUFFIXES and c.kind in ("date", "year"):
                    self._add(key[:-1], Ref("column", t.name, c.name, 1))
                if len(key) > 1 and raw and raw[-1] in EVENT_SUFFIXES:       # 'release_year': 'came out'
                    for event, says in EVENT_PHRASES.items():
                        if stem(event) in key[:-1]:
                            for phrase in says:
                                self._add(phrase_key(phrase), Ref("column", t.name, c.name, 1))
                # 'Cylinders': also the 'cylinder count', the 'number of cylinders'
                counted = [w for w in raw if w not in _COUNT_WORDS]     # Num_of_Members: the 'member count'
                if len(counted) == 1 and counted[0].endswith("s") and c.kind == "int" and \
                        not self.is_key(t.name, c.name) and (len(raw) == 1 or raw[0] in _COUNT_WORDS):
                    self._add(phrase_key(f"{singular(counted[0])} count"), Ref("column", t.name, c.name, 2))
                # "goals_scored", "mins_played": a participle after the noun, the noun names the column
                if len(key) == 2 and raw and raw[-1].endswith("ed") and len(raw[-1]) >= 4 and not raw[-1].endswith("eed") \
                        and key[0] not in STOP \
                        and c.kind in ("int", "float"):
                    self._add(key[:1], Ref("column", t.name, c.name, 1))
                # "stockQty" is the stock ("invoiced_pence" is what is invoiced: its own name, above a
                # column that is only another word for it)
                if len(key) > 1 and raw and raw[-1] in UNIT_SUFFIXES and c.kind in ("int", "float"):
                    self._add(key[:-1], Ref("column", t.name, c.name, 2))
                    if raw[-1] in _RATE_SUFFIXES:       # 'rent_pcm' is the monthly rent
                        self._add(phrase_key(" ".join([_RATE_SUFFIXES[raw[-1]], *raw[:-1]])),
                                  Ref("column", t.name, c.name, 2))
                if len(key) == 2 and not _participle(raw[-1:]):
                    # "unit_price" is also a price: "cost", "stock price"… ("days_worked" ends in a
                    # verb, whose stem other words share: 'workers' are no days worked)
                    for syn in self._synonyms_of(key[-1:], raw):
                        if len(syn) > 1 or syn != key[-1:]:
                            self._add(syn, Ref("column", t.name, c.name, 1))
            self._index_role(t, c)
            dates = [d for d in self.time_columns(t.name) if self.column(t.name, d).kind == "date"]
            if c.kind == "date" and dates[:1] == [c.name]:
                for verb in EVENT_VERBS:        # "invoices issued in 2021": the table's (first) date
                    self.event_dates[verb].add(Ref("column", t.name, c.name, 1))
            self._index_comment(t, c)
            if c.profile.values and (c.kind == "text"):
                self._index_values(t, c)

    def _index_role(self, t: Table, c: Column) -> None:
        """A measure named by its unit or role ('Milliseconds', 'UnitPrice', 'Total', 'Bytes') is also
        called by the role's words ('length', 'price', 'sales', 'file size')."""
        if c.kind not in ("int", "float") or self.is_key(t.name, c.name) or self.is_flag(t.name, c.name):
            return                  # (a yes/no 'is_paid' is no money: 'income' never names it)
        words = self._raw_words(c.name)
        if not words or {"to", "per", "ratio", "vs", "over"} & set(words):
            return                  # a ratio ('price_to_sales') is not the sales
        for role, (names, says) in ROLES.items():
            if not set(words) & set(names) and "".join(words) not in names:
                continue            # 'Milliseconds', 'DurationMin', 'UnitPrice', 'weightKg'…
            if role not in ("money", "price") and set(words) & _PRICE_NAMES:
                continue            # 'list_price_gbp_kg': a price per kg, never a weight
            if role == "duration" and (set(words) & _BOUND_NAMES or words[0] == "min" and len(words) > 1):
                continue            # 'max_hours', 'min_nights' are limits, not how long anything lasted ('DurationMin' is)
            self.roles[role].append((t.name, c.name))
            for phrase in says:
                if set(phrase.split()) & INCOME_WORDS and set(words) & OUTGO_NAMES:
                    continue        # a budget (money going out) is never the box office, the takings
                self._add(phrase_key(phrase), Ref("column", t.name, c.name, 1))
            if role == "money" and len(words) > 1 and words[0] == "total":
                self._add(phrase_key("total"), Ref("column", t.name, c.name, 2))    # 'order total'

    def default_agg(self, col: str) -> str:
        """How a measure named without an aggregate word is combined per group: amounts (totals,
        sales, revenue, budgets, quantities, values, costs) add up, everything else (prices, ratios,
        ages, scores) is averaged."""
        t, c = col.split(".", 1)
        if (t, c) in self.roles.get("money", ()):
            return "sum"
        raw = self._raw_words(c)
        words = set(raw) | {ABBREVIATIONS.get(w, w) for w in raw}
        if self.counts_events(t, c) or amount_of_an_event(raw):
            return "sum"
        if set(zip(raw, raw[1:])) & ADDITIVE_PHRASES and not words & LEVEL_NAMES:
            return "sum"            # 'BoxOffice': the money taken in, a total
        return "sum" if words & ADDITIVE_NAMES and not words & LEVEL_NAMES else "avg"

    def currency_of(self, col: str) -> str | None:
        """The column saying which currency a money column is in: a text column named for the
        currency ('currency', 'currency_code', 'ccy') of the amount's own table or of the one row it
        belongs to ('unit_price' of an order line, the order's currency), holding several values."""
        t, c = col.split(".", 1)
        if (t, c) not in self.roles.get("money", ()) and (t, c) not in self.roles.get("price", ()):
            return None
        if set(self._raw_words(c)) & CURRENCY_WORDS:
            return None             # 'gdp_usd', 'price_gbp': the column is in the currency it names
        owners = [t] + [fk.ref_table for fk in self.foreign_keys if fk.table == t and fk.ref_table != t]
        for owner in owners:
            for name, column in self.tables[owner].columns.items():
                words = set(self._raw_words(name))
                if column.kind == "text" and words & {"currency", "ccy"} and column.profile.distinct != 1:
                    return f"{owner}.{name}"
        return None

    def soft_delete(self, table: str) -> tuple[str, str, list] | None:
        """(column, op, values) keeping the rows of a table that are not deleted, when the table marks
        deletion in a column of its own: a date of deletion ('deleted_at', 'DeletedOn': still empty)
        or a yes/no flag ('is_deleted': no). None when it has no such column."""
        for name in self.tables[table].columns:
            words = self._raw_words(name)
            if "deleted" not in words or len(words) > 2:
                continue
            flag = self.flag_values(table, name)
            if flag is not None and (len(words) == 1 or words[0] in ("is", "was")):
                return name, "=", [flag[1]]
            if len(words) == 2 and words[1] in ("at", "on", "date", "time", "ts", "dt", "when"):
                return name, "is null", []
        return None

    def counts_events(self, table: str, column: str) -> bool:
        """'boardings' of a dated trip, 'passengers' of a dated flight: a whole number named by one
        plural noun, in rows that each happen on a date, counts things that happened in that row —
        they add up over a period or a group. Not a unit ('minutes'), a level ('ratings'), nor an
        attribute of undated rows ('seats' of a bus, 'cylinders' of a car: averaged)."""
        col = self.column(table, column)
        raw = self._raw_words(column)
        counted = [w for w in raw if w not in _COUNT_WORDS]
        if col.kind != "int" or self.is_key(table, column) or len(counted) != 1 or \
                not (len(raw) == 1 or raw[0] in _COUNT_WORDS):
            return False
        noun = counted[0]
        if not noun.endswith("s") or noun.endswith(("ss", "us", "is")) or len(noun) < 4 or \
                noun in UNIT_WORDS or noun in LEVEL_NAMES or singular(noun) in LEVEL_NAMES or noun in RATING_NOUNS:
            return False
        return any(self.column(table, d).kind == "date" for d in self.time_columns(table))

    def role_columns(self, role: str) -> list[tuple[str, str]]:
        return list(self.roles.get(role, ()))

    def _index_comment(self, t: Table, c: Column) -> None:
        """A short comment ('Ticker symbol') or an acronym in one ('… (CAPE)') also names the column."""
        text = c.comment.strip().rstrip(".")
        if text and len(text.split()) <= 4:
            self._add(phrase_key(text), Ref("column", t.name, c.name, 1))
        for acronym in re.findall(r"\(([A-Za-z][A-Za-z0-9&/ -]{1,20})\)", c.comment):
            self._add(phrase_key(acronym), Ref("column", t.name, c.name, 2))

    def _index_head_nouns(self) -> None:
        """'how many of the requests …' in a table service_requests whose key is request_id: the head
        noun of a table's name names its rows, not its key column (which only shares the word), nor
        a date named by the same verb ('bookings' of class_bookings, not booked_on)."""
        for t in self.tables.values():
            words = self._raw_words(TABLE_PREFIX.sub("", t.name) or t.name)
            if len(words) < 2 or not words[-1].endswith("s") or len(words[-1]) < 4:
                continue
            key = phrase_key(words[-1])
            refs = self.phrases.get(key)
            # ('class_bookings' with booked_on: 'bookings' are the rows, 'booked' the date's verb;
            # 'KilnFirings' keyed by FiringId with FiringDate, FiringType: 'firings' are the rows, not
            # the columns only their first word names)
            if refs and all(r.kind == "column" and r.table == t.name and (
                    self.is_key(t.name, r.column) or r.strength == 1 and (
                        self.is_time(t.name, r.column) or self._begins_with(r.column, words[-1])))
                    for r in refs) and any(self.is_key(t.name, r.column) for r in refs):
                self._add(key, Ref("table", t.name, strength=2))

    def _begins_with(self, column: str, plural: str) -> bool:
        """FiringType begins with the word of 'firings'."""
        raw = self._raw_words(column)
        return len(raw) > 1 and stem(raw[0]) == stem(singular(plural))

    def _index_leading_nouns(self) -> None:
        """'how many jobs …' in a legacy table JOB_HDR keyed by JOB_NO (JOB_DT, JOB_TY_CD beside it): the
        first word of a table's name that its single key repeats before an id word names the table's
        rows, not one of the columns that only begin with it (the job date). Only where no table is
        named by that word already."""
        for t in self.tables.values():
            words = self._raw_words(TABLE_PREFIX.sub("", t.name) or t.name)
            pk = t.primary_key
            if len(words) < 2 or len(pk) != 1 or len(words[0]) < 3:
                continue
            own = self._raw_words(pk[0])
            if len(own) != 2 or own[0] != words[0] or own[1] not in _ROW_NUMBER_WORDS:
                continue
            key = phrase_key(words[0])
            refs = self.phrases.get(key, set())
            if any(r.kind == "table" for r in refs):
                continue
            self._add(key, Ref("table", t.name, strength=2))

    def _index_keys_named_like_their_table(self) -> None:
        """'the channels': a key column named by the head word of the table it points to (Channel ->
        TV_Channel) holds that table's rows, so its name names that table first; the column is still
        meant where the table cannot be."""
        for fk in self.foreign_keys:
            words = self._raw_words(fk.ref_table)
            key = phrase_key(" ".join(self._raw_words(fk.column)))
            if len(words) < 2 or key != phrase_key(words[-1]):
                continue
            col = {r for r in self.phrases[key] if (r.kind, r.table, r.column) == ("column", fk.table, fk.column)}
            self.phrases[key] -= col
            self.phrases[key] |= {Ref("column", fk.table, fk.column, min(r.strength, 2)) for r in col}
            self._add(key, Ref("table", fk.ref_table, strength=3))

    def _index_values(self, t: Table, c: Column) -> None:
        dimension = c.profile.distinct <= DIMENSION_LIMIT
        label = c.name == self.label(t.name)
        for v in c.profile.values:
            if not v or len(v) > 80:
                continue
            key = value_key(v)
            if not key:
                continue
            self.values[key].add(ValueRef(t.name, c.name, v, 1.0))
            if (plain := _FOOTNOTE.sub("", v.strip())) != v.strip() and (bare_key := value_key(plain)):
                self.values[bare_key].add(ValueRef(t.name, c.name, v, 1.0))     # 'Florida' finds 'Florida[3]'
            if label or not dimension:
                bare = value_key(CORP_SUFFIX.sub(" ", re.sub(r"\(.*?\)", " ", normalise(v))))
                if bare and bare != key:
                    self.values[bare].add(ValueRef(t.name, c.name, v, BARE_NAME_SCORE))
                if label and bare and len(bare[0]) >= 4 and bare[0] not in GENERIC and bare[0] not in STOP:
                    self.first_words[bare[0]].add(ValueRef(t.name, c.name, v, 0.6))
            if dimension and not label and _CODE.match(v) and len(set(v.lower()[1:]) & set("aeiou")) == 0:
                self.coded_values[skeleton(v)].add(ValueRef(t.name, c.name, v, 0.9))    # 'RPR', 'CNCL'
            words = [w for w in re.findall(r"[A-Za-z]+", v) if w.lower() not in ("and", "of", "the", "for")]
            if dimension and not label and 2 <= len(words) <= 4 and all(w[0].isupper() for w in words):
                self.acronyms["".join(w[0] for w in words).lower()].add(ValueRef(t.name, c.name, v, 0.9))
            if dimension and len(key) > 1:
                for w in set(key):
                    if len(w) >= 4 and w not in GENERIC and w not in STOP:
                        self.partial[w].add(ValueRef(t.name, c.name, v, 1.0 / len(key)))

    def _index_codes(self) -> None:
        """Coded categories people say in words: 'female' is 'F' in a gender or sex column."""
        words = {"F": ("female", "women", "woman", "girl", "girls"), "M": ("male", "men", "man", "boy", "boys")}
        for t in self.tables.values():
            for c in t.columns.values():
                if not any(k in c.name.lower() for k in ("gender", "sex")):
                    continue
                for v in c.profile.values:
                    for code, says in words.items():
                        if v.strip().upper() in (code, "FEMALE" if code == "F" else "MALE"):
                            for w in says:
                                self.values[(stem(w),)].add(ValueRef(t.name, c.name, v, 1.0))
        # nationalities: 'French' is the value 'France' of a column of country names
        for t in self.tables.values():
            for c in t.columns.values():
                if c.kind != "text" or not c.profile.values:
                    continue
                for v in c.profile.values:
                    for word in DEMONYMS.get(str(v).strip().lower(), ()):
                        key = tuple(stem(w) for w in word.split())
                        if key not in self.values or all(x.score < 1.0 for x in self.values[key]):
                            self.values[key].add(ValueRef(t.name, c.name, v, 0.9))
        self._index_country_codes()
        # flags: 'official' is IsOfficial = 'T', 'active' is is_active = 1
        for t in self.tables.values():
            for c in t.columns.values():
                m = re.match(r"(?:is|has)_?([a-z]+)$", _snake(c.name))
                vals = {str(v).strip().upper() for v in c.profile.values or []}
                yes = [v for v in c.profile.values or [] if str(v).strip().upper() in ("T", "Y", "YES", "TRUE", "1")]
                if m and yes and vals <= {"T", "F", "Y", "N", "YES", "NO", "TRUE", "FALSE", "1", "0"} and \
                        len(m.group(1)) >= 3:
                    self.values[(stem(m.group(1)),)].add(ValueRef(t.name, c.name, yes[0], 1.0))

    def _index_country_codes(self) -> None:
        """'Suppliers based in Norway' where a country column holds two-letter ISO codes ('NO', 'GB'):
        the country's name (and its nationality word) is that code, stated as an assumption (score
        below 1). Only for a column whose name says country and whose values are mostly known codes."""
        for t in self.tables.values():
            for c in t.columns.values():
                vals = [str(v).strip() for v in c.profile.values or [] if v is not None]
                if c.kind != "text" or len(set(vals)) < 2 or "country" not in self.name_words_of(c.name) \
                        or not all(_ISO2.fullmatch(v) for v in vals):
                    continue
                known = [v for v in set(vals) if v in ISO_COUNTRY_CODES]
                if 2 * len(known) < len(set(vals)):
                    continue            # (two-letter values, but not country codes)
                for v in known:
                    for name in ISO_COUNTRY_CODES[v]:
                        said = (name, *(d for d in DEMONYMS.get(name, ()) if len(d) > 2))
                        for word in said:
                            key = tuple(stem(w) for w in word.split())
                            if key not in self.values or all(x.score < 1.0 for x in self.values[key]):
                                self.values[key].add(ValueRef(t.name, c.name, v, 0.9))

    def _index_looked_up_codes(self) -> None:
        """A table of codes of several kinds (CD_LKP: CD_TYP, CD, CD_DESC) with no key pointing at it:
        'open' is its description 'Open' of the code 'O' of kind JSTS, and a column elsewhere whose
        values are all codes of that one kind (JOB_HDR.STS_CD: C, X, O) holds it. The description
        names that code of that column ('jobs still open' is STS_CD = 'O'), not the row of codes that
        says so (counting 'MOT tests' is never counting that one row)."""
        for lk in self.tables.values():
            decoded = self._codes_by_kind(lk)
            desc = next((c for c in lk.columns if c not in lk.primary_key), None)
            for t in self.tables.values():
                for c in t.columns.values() if t is not lk else ():
                    vals = set(c.profile.values or [])
                    if c.kind != "text" or len(vals) < 2 or c.profile.distinct != len(vals):
                        continue
                    kinds = [k for k, codes in decoded.items() if vals <= set(codes)]
                    if len(kinds) != 1:
                        continue        # (codes of two kinds alike: which one it holds is not known)
                    for code, said in decoded[kinds[0]].items():
                        if code in vals and (key := value_key(said)):
                            self.values[key].add(ValueRef(t.name, c.name, code, 1.0))
                            self.values[key] = {v for v in self.values[key] if (v.table, v.column) != (lk.name, desc)}

    def _codes_by_kind(self, table: Table) -> dict[str, dict[str, str]]:
        """The rows of a table of codes, by kind: {kind: {code: description}} (the key column with the
        fewer distinct values is the kind); empty for any other table."""
        key = table.primary_key
        if not table.codes or len(key) != 2 or any(f.ref_table == table.name for f in self.foreign_keys):
            return {}
        names = list(table.columns)
        a, b = (names.index(k) for k in key)
        d = next(i for i in range(3) if i not in (a, b))
        na, nb = (self.column(table.name, k).profile.distinct for k in key)
        if na == nb:
            return {}
        kind, code = (a, b) if na < nb else (b, a)
        out: dict[str, dict[str, str]] = defaultdict(dict)
        for row in table.codes:
            if all(isinstance(v, str) and v for v in row):
                out[row[kind]][row[code]] = row[d]
        return out

    def persons(self) -> list[str]:
        """The tables of persons: rows named by a first and a last name."""
        return [t for t in sorted(self.tables) if self._person_names(t)]

    def person_tables(self) -> list[str]:
        """Every table of persons: named by a first and a last name, or by a full name."""
        return sorted(set(self.persons()) | set(self._full_named("")))

    def _index_worth(self) -> None:
        """'worth' names the one valuation column of the data (market_cap, MarketValue), unless a
        column is named for it already ('net_worth')."""
        if any(phrase_key(w) in self.phrases for w in WORTH_WORDS):
            return
        cols = [(t.name, c.name, c.kind in ("int", "float") and not self.is_key(t.name, c.name))
                for t in self.tables.values() for c in t.columns.values()]
        one = the_valuation(cols, self._raw_words)
        if one is not None:
            for w in WORTH_WORDS:
                self._add(phrase_key(w), Ref("column", one[0], one[1], 1))

    def _index_people(self) -> None:
        """'How many people did we hire?': words for people name the one table of persons (first and
        last names; words for staff only a table of employees); with several such tables, none."""
        persons = self.persons()
        if len(persons) != 1 or self._full_named(persons[0]):
            return
        staff = singular(TABLE_PREFIX.sub("", persons[0]).lower()).split("_")[-1] in STAFF_TABLES
        for word in PEOPLE_WORDS:
            if staff or word not in STAFF_WORDS:        # 'staff' are not the customers
                self._add(phrase_key(word), Ref("table", persons[0], strength=1))

    def _full_named(self, but: str) -> list[str]:
        """Other tables whose rows are persons named in one column (full_name): with them, a word
        for people ('how many people hold a policy?') could be either table's rows."""
        return [t for t, tab in sorted(self.tables.items()) if t != but and any(
            re.sub(r"[^a-z]", "", c.lower()) in ("fullname", "personname") and col.kind == "text"
            for c, col in tab.columns.items())]

    def _index_summary(self, summary: dict) -> None:
        """User-written descriptions and keywords in the data summary add words for tables and columns."""
        for tname, spec in (summary.get("tables") or {}).items():
            if tname not in self.tables:
                continue
            for cname, col in (spec.get("columns") or {}).items():
                desc = (col.get("description") or "")
                m = re.match(r"\s*(?:also called|aka|known as|synonyms?:)\s*(.+)", desc, re.I)
                if m and cname in self.tables[tname].columns:
                    for alias in re.split(r"[,;/]| or ", m.group(1)):
                        self._add(phrase_key(alias.strip(" .")), Ref("column", tname, cname, 2))

    def _index_knowledge(self, knowledge: list[dict]) -> None:
        for k in knowledge:
            raw = k.get("raw_data") or {}
            if k.get("type") == "few-shot":
                self.fewshots[" ".join(phrase_key(raw.get("question", "")))] = raw.get("answer", "")
            elif k.get("type") == "instruction":
                self.instructions.append(raw.get("instruction", ""))
            elif k.get("type") == "term-sheet":
                target = self._find_in_text(raw.get("description", ""))
                for term in raw.get("term") or []:
                    key = phrase_key(term)
                    self.term_texts[key] = raw.get("description", "")
                    if isinstance(target, Ref):
                        self._add(key, Ref(target.kind, target.table, target.column, 2))
                    elif isinstance(target, ValueRef):
                        self.values[key].add(ValueRef(target.table, target.column, target.value, 1.0))

    def _find_in_text(self, text: str):
        """The column (else table, else data value) a term sheet's description names."""
        toks = [t.text if t.is_number else t.stem for t in tokenize(text)]
        found = []
        for n in range(min(self.max_phrase, 6), 0, -1):
            for i in range(len(toks) - n + 1):
                key = tuple(toks[i:i + n])
                for r in self.phrases.get(key, ()):
                    if r.strength >= 2:
                        found.append(((r.kind == "column", r.strength, n, -i), r))
                vals = self.values.get(key)
                if vals and (n > 1 or len(key[0]) > 3):
                    v = sorted(vals, key=lambda v: (-v.score, v.table, v.column))[0]
                    found.append(((False, 1, n, -i), v))
        return max(found, key=lambda x: x[0])[1] if found else None

    # roles ------------------------------------------------------------------------
    def column(self, table: str, column: str) -> Column:
        return self.tables[table].columns[column]

    def is_key(self, table: str, column: str) -> bool:
        if self.column(table, column).primary_key or key_named(column):
            return True
        return any((f.table, f.column) == (table, column) for f in self.foreign_keys)

    def names_rows_by_their_key(self, ref: Ref, text: str) -> bool:
        """A word for a table's rows that the catalog reads as its single key ('players' for
        Poker_Player_ID, 'sub' for subId), not a word for the key itself ('player id', 'number')."""
        return ref.kind == "column" and self.tables[ref.table].primary_key == [ref.column] and \
            not re.search(r"\b(ids?|numbers?|no|codes?|keys?)\b", text.lower())

    def is_measure(self, table: str, column: str) -> bool:
        c = self.column(table, column)
        return c.kind in ("int", "float") and not self.is_key(table, column)

    def names_attributes(self, table: str, column: str) -> bool:
        """The key column of an entity-attribute-value table (tbl_account_attr: fk_account_id,
        attr_key, attr_value): a text column named as a key or attribute name beside a text column
        of values, in a table pointing at another. Its values ('industry', 'country') are names of
        attributes, not values of the rows: a condition on one is no reading of the question."""
        cols = self.tables[table].columns
        words = _snake(column).split("_")
        if cols[column].kind != "text" or words[-1] not in _ATTRIBUTE_NAME_WORDS:
            return False
        if words[-1] in ("name", "type") and not any(w in ("attr", "attribute", "property", "param") for w in words):
            return False
        valued = any(_snake(c).split("_")[-1] in ("value", "val") and cols[c].kind == "text" for c in cols if c != column)
        return valued and any(f.table == table for f in self.foreign_keys)

    def is_flag(self, table: str, column: str) -> bool:
        """A yes/no column kept as 0 and 1 ('is_active') or as Y/N, yes/no, true/false: not a
        quantity to rank by."""
        return self.flag_values(table, column) is not None

    def flags_named(self, word: str) -> list[tuple[str, str]]:
        """The yes/no columns a single word names: 'paid' → PaidFlag, 'electric' → is_electric."""
        key = stem(word.lower())
        out = []
        for t in self.tables.values():
            for c in t.columns:
                words = [w.lower() for w in re.split(r"_|(?<=[a-z])(?=[A-Z])", c) if w]
                words = [w for w in words if w not in ("is", "has", "flag", "ind", "yn", "bool", "fl")]
                if [stem(w) for w in words] == [key] and self.is_flag(t.name, c):
                    out.append((t.name, c))
        return out

    def flag_values(self, table: str, column: str) -> tuple | None:
        """(the value for yes, the value for no) of a yes/no column, else None."""
        p = self.column(table, column).profile
        if not p.count or p.distinct > 2:
            return None
        if p.min in (0, 1) and p.max in (0, 1) and not isinstance(p.min, str):
            return 1, 0
        values = {str(v).lower(): str(v) for v in p.values}
        for yes, no in (("y", "n"), ("yes", "no"), ("true", "false"), ("t", "f"), ("1", "0")):   # '1'/'0' as text
            if values and set(values) <= {yes, no}:
                return values.get(yes, yes.upper() if values.get(no, "").isupper() else yes), \
                    values.get(no, no.upper() if values.get(yes, "").isupper() else no)
        if values and set(values) <= {"1", "0"} and FLAG_NAME.search(column):
            return "1", "0"         # abandoned_yn kept as the text '1' and '0'
        return None

    def is_time(self, table: str, column: str) -> bool:
        return self.column(table, column).kind in ("date", "year")

    def month_text(self, table: str, column: str) -> bool:
        """Whether a date column keeps months as text ('2024-09'), not days."""
        c = self.column(table, column)
        return c.kind == "date" and isinstance(c.profile.min, str) and bool(_MONTH_TEXT.fullmatch(c.profile.min))

    def is_dimension(self, table: str, column: str) -> bool:
        c = self.column(table, column)
        return c.kind == "text" and not self.is_key(table, column) and column != self.label(table)

    def label(self, table: str) -> str:
        """The column that names a row of the table (used when listing entities)."""
        return self.named_label(table) or self._guessed_label(table)

    def named_label(self, table: str) -> str | None:
        """The column named as the rows' name or title, else None (no guess)."""
        cols = self.tables[table].columns
        snake = {c: _snake(c) for c in cols}      # fullName -> full_name
        for n in LABEL_NAMES[:LABEL_NAMES.index("title")]:
            for c in cols:
                if snake[c] == n:
                    return c
        own = stem(singular(table).split("_")[-1])
        # a key to another table (course.dept_name) names that table's row, not this one's
        foreign = {f.column for f in self.foreign_keys if f.table == table and f.ref_table != table}
        named = [c for c in cols if snake[c].endswith("name") and cols[c].kind == "text" and c not in foreign]
        for c in named:                                   # concert_Name in table concert
            if stem(snake[c].replace("_", "")[:-4]) == own:
                return c
        for c in cols:                                    # cust_nm in table custs (not HLDR_NM of a policy)
            if snake[c].endswith("_nm") and cols[c].kind == "text" and c not in foreign and \
                    stem(snake[c][:-3].replace("_", "")) == own:
                return c
        person = self._person_names(table)
        if person:
            return person[0]
        titled = self._own_title(table, named, own, foreign)
        if titled:
            return titled
        if named:
            return named[0]
        for n in LABEL_NAMES[LABEL_NAMES.index("title"):]:
            for c in cols:
                if snake[c] == n:
                    return c
        return None

    def _guessed_label(self, table: str) -> str:
        """With no column named as a name: the first text column almost every row has its own
        value of, else the key."""
        t = self.tables[table]
        for c in t.columns.values():
            if c.kind == "text" and not c.primary_key and t.row_count and c.profile.distinct >= 0.9 * t.row_count:
                return c.name
        return (t.primary_key or list(t.columns))[0]

    def key_names_rows_beside_a_guessed_label(self, table: str) -> bool:
        """A single text key (a registration, a code) and a label that is only a text column that
        happened to be (nearly) unique, not a name (a van's model): the key names the row as well."""
        pk = self.tables[table].primary_key
        return len(pk) == 1 and self.column(table, pk[0]).kind == "text" and self.named_label(table) is None \
            and self._guessed_label(table) != pk[0]

    def label_names_something_else(self, table: str) -> bool:
        """'road_name' beside 'road_type' in count points: the rows' label is the name of another thing
        the rows describe (its first word also heads another column of the table that is no key, and is
        neither the table's noun nor a qualifier such as 'full'), so the rows' key names them as well."""
        t = self.tables[table]
        label = self.label(table)
        words = self._raw_words(label)
        if len(t.primary_key) != 1 or label in t.primary_key or label in self._person_names(table) or \
                len(words) != 2 or words[-1] not in ("name", "nm") or stem(words[0]) in _QUALIFIERS:
            return False
        owns = {stem(singular(w)) for w in self.name_words_of(table)}
        if {stem(singular(w)) for w in self.name_words_of(words[0])} & owns:
            return False
        return any(c != label and not self.is_key(table, c) and self._raw_words(c)[:1] == words[:1] and
                   len(self._raw_words(c)) > 1 for c in t.columns)

    def _own_title(self, table: str, named: list[str], own: str, foreign: set[str]) -> str | None:
        """A course's title (courseTitle, title) over the teacherName of the course: where every
        name column names someone or something else of the row (its head is another noun), the
        row's own title is its label. Not in a table of people, whose title is a job title."""
        cols = self.tables[table].columns
        heads = [self._raw_words(c)[:-1] for c in cols]
        if own in {stem(w) for w in PEOPLE_WORDS + STAFF_TABLES} or \
                any(h and stem(h[-1]) in {stem(w) for w in PEOPLE_WORDS + STAFF_TABLES} for h in heads):
            return None
        owns = {own, stem(table.split("_")[-1]), stem(singular(self._raw_words(table)[-1]))}
        is_own = lambda w: bool({stem(w), stem(singular(w))} & owns)  # noqa: E731
        others = [c for c in named if self._raw_words(c)[:-1] and not is_own(self._raw_words(c)[0]) and
                  stem(self._raw_words(c)[0]) not in _QUALIFIERS]
        if others != named:
            return None
        for c in cols:
            words = self._raw_words(c)
            if words[-1] == "title" and cols[c].kind == "text" and c not in foreign and all(map(is_own, words[:-1])):
                return c
        return None

    def person_name_columns(self, table: str) -> list[str]:
        """[first name, last name] of a table of people, [] for other tables."""
        return self._person_names(table)

    def _person_names(self, table: str) -> list[str]:
        """[first name, last name] columns of a table of people (FirstName/LastName, first_name…)."""
        cols = self.tables[table].columns
        flat = {re.sub(r"[^a-z]", "", c.lower()): c for c in cols if cols[c].kind == "text"}
        first = next((flat[k] for k in ("firstname", "fname", "givenname", "forename") if k in flat), None)
        last = next((flat[k] for k in ("lastname", "lname", "surname", "familyname") if k in flat), None)
        return [first, last] if first and last else []

    def label_columns(self, table: str) -> list[str]:
        """The columns a listing shows to name a row: the label, and for people the other half
        of the name (first and last name)."""
        label = self.label(table)
        person = self._person_names(table)
        return person if label in person else [label]

    def borrowed_label(self, table: str) -> list[str]:
        """A table of roles with no name of its own (players, each one of the people): the
        'table.column's naming the row its key points at, when that key is unique in the table
        (one role row per person) and no other such key competes; else []."""
        t = self.tables[table]
        if self.label(table) not in t.primary_key or not t.row_count:
            return []
        found = []
        for fk in self.foreign_keys:
            if fk.table != table or fk.ref_table == table or fk.column in t.primary_key:
                continue
            prof = self.column(table, fk.column).profile
            names = [c for c in self.label_columns(fk.ref_table)
                     if c not in self.tables[fk.ref_table].primary_key and self.column(fk.ref_table, c).kind == "text"]
            if names and prof.count and prof.distinct == prof.count:
                found.append([f"{fk.ref_table}.{c}" for c in names])
        return found[0] if len(found) == 1 else []

    def row_key(self, table: str, cols: list[str]) -> str | None:
        """The one of the 'table.column's `cols` that names a single row of `table`: its key, or a
        column no two rows share a value of; None when none does."""
        t = self.tables[table]
        if len(t.primary_key) == 1 and f"{table}.{t.primary_key[0]}" in cols:
            return f"{table}.{t.primary_key[0]}"
        for c in cols:
            tc = c.split(".")
            if tc[0] == table and t.row_count and self.column(table, tc[1]).profile.distinct == t.row_count and \
                    self.column(table, tc[1]).profile.count == t.row_count:
                return c
        return None

    def entity_group(self, table: str) -> list[str]:
        """'table.column's to group by for one row per entity: its name (first and last name for
        people), and its key as well when the name is not unique (two customers called Park)."""
        t = self.tables[table]
        cols = self.label_columns(table)
        if len(cols) == 1 and len(t.primary_key) == 1 and cols[0] != t.primary_key[0] and \
                (t.row_count and self.column(table, cols[0]).profile.distinct < t.row_count or
                 self.key_names_rows_beside_a_guessed_label(table)):
            # (a label that is no name, a vehicle's model, need not stay unique: the key as well)
            cols = [t.primary_key[0]] + cols
        elif len(cols) > 1 and len(t.primary_key) == 1 and t.primary_key[0] not in cols:
            cols = cols + [t.primary_key[0]]    # first and last name together need not be unique: two Sam Lees
        return [f"{table}.{c}" for c in cols]

    def time_columns(self, table: str) -> list[str]:
        return [c for c in self.tables[table].columns if self.is_time(table, c)]

    def size_measure(self, tables: list[str], only: bool = True) -> tuple[str, str] | None:
        """The measure a bare 'largest' most likely means: the first table's own measures first;
        with `only`, else the first table's only measure."""
        for t in tables:
            # an inflation-adjusted variant ('real_price') is never what a bare size means
            candidates = [c for c in self.tables[t].columns if self.is_measure(t, c) and
                          not set(self._raw_words(c)) & {"real", "adjusted", "adj", "deflated"}]
            for word in SIZE_WORDS:
                key = phrase_key(word)
                for c in candidates:
                    if key in self._names(c) or Ref("column", t, c, 1) in self.phrases.get(key, ()):
                        return t, c
        for t in tables[:1] if only else []:    # else the table's only measure; with several it would be a guess
            own = [c for c in self.tables[t].columns if self.is_measure(t, c) and not self.is_flag(t, c)]
            if len(own) == 1:
                return t, own[0]
        return None

    def end_dates(self, table: str) -> list[str]:
        """Date columns that say when a row stopped holding ('to_date', 'end_date', 'valid_to',
        'terminated_on'): a table of periods, whose current rows have no end yet."""
        return [c for c in self.time_columns(table)
                if set(self._raw_words(c)) & END_WORDS and self.column(table, c).kind == "date"]

    def range_dates(self, table: str) -> tuple[list[str], list[str]]:
        """The start and end dates of a table of date ranges ('starts_on'/'ends_on', 'start_date'/
        'end_date', 'first_day'/'last_day'); a person's 'hired_on'/'left_on' are no range of time."""
        words = {c: set(self._raw_words(c)) for c in self.time_columns(table) if self.column(table, c).kind == "date"}
        return [c for c, w in words.items() if w & RANGE_STARTS], [c for c, w in words.items() if w & RANGE_ENDS]

    def is_fraction(self, table: str, column: str) -> bool:
        p = self.column(table, column).profile
        return isinstance(p.max, (int, float)) and 0 <= (p.min or 0) and p.max <= 1.0

    # joins ------------------------------------------------------------------------
    def _components(self) -> dict[str, int]:
        """Which tables can be joined at all: a component number per table."""
        comp: dict[str, int] = {}
        for n, t in enumerate(sorted(self.tables)):
            if t in comp:
                continue
            stack = [t]
            while stack:
                u = stack.pop()
                if u in comp:
                    continue
                comp[u] = n
                stack.extend(v for v, _ in self._adjacent[u] if v not in comp)
        return comp

    def join_path(self, start: str, goal: str) -> list[tuple[str, ForeignKey]] | None:
        if (start, goal) not in self._paths:
            self._paths[(start, goal)] = self._join_path(start, goal)
        path = self._paths[(start, goal)]
        return list(path) if path is not None else None

    def _join_path(self, start: str, goal: str) -> list[tuple[str, ForeignKey]] | None:
        """The shortest chain of foreign keys from start to goal: [(next_table, fk), ...]. Among
        equally short chains, one through a table that refers to both sides (a link table such as
        enrollments between students and courses) beats one through a shared parent, and then one
        whose keys hold more columns: a key of several columns (a course's section in a term)
        keeps the link that a chain through the parent of one of its columns (the course) loses.
        A chain through a table of persons loses to one through things: a session is at the venue of
        its room, not of the game master who ran it."""
        if start == goal:
            return []
        best: list[list[tuple[str, ForeignKey]]] = []
        frontier = [(start, [])]
        seen = {start}
        while frontier and not best:
            nxt_frontier, reached = [], set()
            for node, path in frontier:
                for nxt, fk in sorted(self._adjacent[node], key=lambda x: (x[0], x[1].column)):
                    if nxt in seen:
                        continue
                    if nxt == goal:
                        best.append(path + [(nxt, fk)])
                    else:
                        nxt_frontier.append((nxt, path + [(nxt, fk)]))
                        reached.add(nxt)
            seen |= reached
            frontier = nxt_frontier
        if not best:
            return None
        inner = lambda path: {n for n, _ in path[:-1]}  # noqa: E731
        persons = set(self.person_tables()) if len(best) > 1 else set()
        return max(best, key=lambda path: (sum(1 for _, fk in path if fk.table in inner(path)),
                                           sum(1 for n in inner(path) if self.pure_link(n)),
                                           -len(inner(path) & persons),
                                           sum(len(fk.pairs) for _, fk in path)))

    def pure_link(self, table: str) -> bool:
        """A table that only ties rows of others together (projectSubs: no key of its own), which
        says how two tables relate in general; an event table with its own key (changeOrders) ties
        them only where such an event happened."""
        pk = self.tables[table].primary_key
        own = len(pk) == 1 and not any(f.table == table and f.column == pk[0] for f in self.foreign_keys)
        return not own

    def parallel_keys(self, fk: ForeignKey) -> list[ForeignKey]:
        """Every key that links the same two tables as `fk` (trips.start_station_id and
        trips.end_station_id both point at stations)."""
        return [f for f in self.foreign_keys + self.composite_keys if f.table == fk.table and f.ref_table == fk.ref_table]

    def one_to_many(self, fk: ForeignKey, nxt: str) -> bool:
        """Does stepping to `nxt` over `fk` multiply rows (nxt refers to us, and not 1:1)?"""
        return fk.table == nxt and self.tables[nxt].primary_key != [c for c, _r in fk.pairs] and \
            not self.unique_key(fk)

    def unique_key(self, fk: ForeignKey) -> bool:
        """A key no two rows share (one role row per person: players of people): 1:1 in the data."""
        prof = self.column(fk.table, fk.column).profile
        return bool(prof.count) and prof.distinct == prof.count and prof.nulls == 0

    def fans_out(self, start: str, goal: str) -> bool:
        path = self.join_path(start, goal) or []
        return any(self.one_to_many(fk, nxt) for nxt, fk in path)

    def connected(self, a: str, b: str) -> bool:
        return self._component.get(a) == self._component.get(b)


_MONTH_TEXT = re.compile(r"\d{4}-\d{2}")
_ATTRIBUTE_NAME_WORDS = ("key", "attr", "attribute", "property", "param", "field", "name", "type")


def _snake(name: str) -> str:
    """attrKey -> attr_key."""
    return re.sub(r"([a-z])([A-Z])", r"\1_\2", name).lower()


def key_named(column: str) -> bool:
    """A column named as a key: 'id', 'customer_id', 'CustomerId', 'productID', 'cik', 'uuid'."""
    return column.lower() in ("id", "cik", "uuid") or column.lower().endswith("_id") or \
        bool(re.search(r"[a-z](Id|ID)$", column))


def skeleton(word: str) -> str:
    """A word's first letter and its other consonants: 'trip' and 'TRP' are both 'trp'."""
    w = word.lower()
    return w[:1] + "".join(ch for ch in w[1:] if ch not in "aeiou")
