"""Question text -> normalised tokens: lower case, stems, numbers with units, month names."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from types import MappingProxyType

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12,
}
SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "mm": 1e6, "billion": 1e9,
          "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "t": 1e12}
MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"])}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
MONTHS.pop("may", None)        # "may" is mostly a verb; "in May 2020" is handled by the raw text
_TOKEN = re.compile(r"\$?\d(?:\d|,(?=\d{3}(?!\d)))*(?:\.\d+)?%?[a-z]*|[a-z]+(?:[&'][a-z]+)*|[<>]=?|!=|=|%|\?|[,;:]")


@dataclass
class Token:
    text: str              # normalised word
    stem: str              # for matching against the vocabulary
    raw: str               # as typed (case kept)
    number: float | None = None
    percent: bool = False
    decade: bool = False          # "1990s"
    compound: bool = False        # one word of 'part-time', 'semi-final' (joined by a hyphen)
    hyphen_after: bool = False    # 'part' of 'part-time': the next token is joined to it

    @property
    def is_number(self) -> bool:
        return self.number is not None


@dataclass(frozen=True)
class Question:
    """A question's text and its tokens, tokenized once and passed through the engine."""
    text: str
    tokens: tuple[Token, ...]

    @staticmethod
    def of(text: str | Question) -> Question:
        return text if isinstance(text, Question) else Question(text, tuple(tokenize(text, typed=True)))

    @property
    def key(self) -> str:
        """The words as the knowledge base keys stored examples (stems, numbers as typed)."""
        return " ".join(t.text if t.is_number else t.stem for t in self.tokens if t.text not in ("?", ",", ";", ":"))


def stem(word: str) -> str:
    """A light stemmer: plurals and -ing/-ed, enough to match 'founded'/'founding'/'founders'."""
    w = word
    if w == "ids":
        return "id"                     # 'the ids of students'
    if len(w) <= 3:
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "i"             # companies, company -> compani; movies, movie -> movi
    if w.endswith(("sses", "shes", "ches", "xes")):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if w.endswith("ing") and len(w) > 5 and w[:-3] not in STOP:      # 'listings' is not 'list'
        w = w[:-3]                      # ('rating' is not 'rate')
    elif w.endswith("ed") and len(w) > 4:
        w = _restore_e(w[:-2])
    elif w.endswith("er") and len(w) > 5:
        w = w[:-2]
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    if w.endswith("y") and len(w) > 3 and w[-2] not in "aeiouy":
        w = w[:-1] + "i"                # city, cities, citys -> citi
    return w


def _restore_e(w: str) -> str:
    """'hired' and 'hiring' stem to 'hire' as 'hire' does: a short consonant-vowel-consonant stem
    lost its final e ('dated' -> 'date', 'named' -> 'name')."""
    if len(w) == 3 and w[0] not in "aeiou" and w[1] in "aeiou" and w[2] not in "aeiouwxy":
        return w + "e"
    return w


_CONTRACTIONS = [(re.compile(p), r) for p, r in (
    (r"\b(i|you|we|they)'d\b", r"\1 would"),                 # I'd like to know …
    (r"\b(i|you|we|they)'(m|re|ve|ll)\b", r"\1"),
    (r"\b(do|does|did|is|are|was|were|can|could|would|should|have|has)n't\b", r"\1 not"),
    (r"\bcan't\b", "can not"),
    (r"\b(what|who|where|how|that|there|it)'s\b", r"\1 is"),
    (r"'s\b", ""))]
_AMP = re.compile(r"\b([a-z])&([a-z])\b")
_SLASH = re.compile(r"\b([a-z])/([a-z])\b")
_DASH_UNIT = re.compile(r"(\d)\s*-\s*(week|year|month|day)")
_LETTER_DASH = re.compile(r"\b([a-z])-([a-z])")


def fold(text: str) -> str:
    """Accents folded away ('Estée' -> 'Estee', 'Nestlé' -> 'Nestle'): a question typed with or
    without them names the same value, and the values are indexed the same way."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# A currency sign standing alone ('avg discount in $', 'totals in £?'), with no amount after it, is
# the currency's name: the unit the figure is asked in (never dropped as punctuation)
_LONE_CURRENCY = re.compile(r"(?<![\w$£€])([$£€])(?=[\s?.!,;:)]|$)")
_CURRENCY_NAMES = MappingProxyType({"$": "dollars", "£": "pounds", "€": "euros"})


def normalise(text: str) -> str:
    t = text.lower().replace("’", "'")
    if "$" in t or "£" in t or "€" in t:
        t = _LONE_CURRENCY.sub(lambda m: _CURRENCY_NAMES[m.group(1)], t)
    t = fold(t)
    if "&" in t:
        t = _AMP.sub(r"\1\2", t)          # s&p -> sp, at&t -> att
        t = t.replace("&", " and ")
    if "/" in t:
        t = _SLASH.sub(r"\1\2", t)        # p/e -> pe
    if "-" in t:
        t = _DASH_UNIT.sub(r"\1 \2", t)
        t = _LETTER_DASH.sub(r"\1\2", t)     # e-books, x-ray, t-shirts: one word
    if "'" in t:
        for pattern, repl in _CONTRACTIONS:
            t = pattern.sub(repl, t)
    if " and " in t:
        t = _NAME_PARTS.sub(r"\1 \3 and \2 \3", t)     # first and last names -> first names and last names
    return t


# 'first and last names': two parts of a name said with the noun once (never 'the first' of a ranking)
_NAME_PARTS = re.compile(r"\b(first|last|given|family|middle|sur)\s+and\s+(first|last|given|family|middle|sur)\s+(names?)\b")


# Polite lead-ins that carry no meaning: "Can you tell me how many…" is "how many…".
_POLITE = re.compile(r"^\s*(?:(?:can|could|would|will) you (?:please )?(?:tell me|let me know)|"
                     r"i would like to know|i want to know|i wonder|i am wondering|do you know|"
                     r"please tell me|(?:can|could|would|will) you(?: please)?(?= (?:list|show|give|count|find|get|display)\b)|"
                     r"please(?= (?:list|show|give|count|find|get|display|tell)\b))\s*,?\s*")


# A lead-in that says what the answer is for, not what it is ('For my talk:', 'For this week's note:',
# 'Let's start simple:'): a document or occasion of the asker's own, before a colon or a full stop.
_PURPOSE = re.compile(r"^\s*(?:for\s+(?:my|a|an|our|(?:this|next|last)\s+(?:week|month)|today|tomorrow)\s+"
                      r"(?:[a-z-]+\s+){0,2}?(?:note|notes|talk|class|lecture|lesson|exercise|example|report|"
                      r"presentation|deck|slides?|memo|newsletter|meeting|email|article|post|briefing|homework|"
                      r"assignment|paper|podcast|piece|story|thesis)|let\s+start\s+simple)\s*[:.]\s+")


# '…, and when was it?' at the end of a question of its own: 'it' is the value just asked for, so
# the clause is '…, and when?' (the date of that value's row)
_WHEN_WAS_IT = re.compile(r"\band when (?:was|is|did) (?:it|that|this)(?: happen| occur)?(?= *\?* *$)")


# Phone-typed words and common misspellings of common words, read as the words they stand for: a
# fixed list, never a guess at a name of the data ('recieved' is 'received'; 'fair' is not 'fare').
PHONE_WORDS = {
    "pls": "please", "plz": "please", "ppl": "people", "vs": "versus", "yr": "year",
    "yrs": "years", "mth": "month", "mths": "months", "thx": "thanks",
    "recieved": "received", "recieve": "receive", "diffrent": "different", "wich": "which", "whcih": "which",
    "thier": "their", "teh": "the", "arent": "are not", "havent": "have not", "hasnt": "has not",
    "dont": "do not", "doesnt": "does not", "didnt": "did not", "isnt": "is not", "wasnt": "was not",
    "werent": "were not", "whats": "what is", "hadnt": "had not", "seperate": "separate",
}
_PHONE = re.compile(r"(?<![\w'])(" + "|".join(sorted(map(re.escape, PHONE_WORDS), key=len, reverse=True)) + r")(?![\w'])",
                    re.I)
_WITH = re.compile(r"(?<![\w/])[wW]/([oO]\b)?\s*")            # 'w/ a fare', 'w/o a driver'
_NUMBER_SIGN = re.compile(r"(?<![\w#])#\s*(?:of\s+)?(?=[a-zA-Z])", re.I)     # '# of trips', '# trips' (never '#1')


def phone_words(t: str) -> str:
    """'avg miles per yr w/ ppl' as typed on a phone -> the words it stands for."""
    t = _WITH.sub(lambda m: "without " if m.group(1) else "with ", t)
    t = _NUMBER_SIGN.sub("number of ", t)
    # a word typed in capitals is a name ('VS Code', 'PPL'), not a phone word
    return _PHONE.sub(lambda m: m.group(1) if m.group(1).isupper() else PHONE_WORDS[m.group(1).lower()], t)


# Words that only frame the question: ', for comparison' at the end says why it is asked, not what.
_ASIDES = re.compile(r",?\s*\bfor (?:comparison|reference|context)(?=\s*[?.!]*\s*$)")


def tokenize(text: str, typed: bool = False) -> list[Token]:
    """The tokens of a text; of a question as typed (`typed`), its phone words read as the words they
    stand for (never in the data's own names: the ticker 'PPL' is not 'people')."""
    norm = _POLITE.sub("", _PURPOSE.sub("", normalise(phone_words(text) if typed else text), count=1), count=1)
    if typed:
        norm = _ASIDES.sub("", norm)
    when = _WHEN_WAS_IT.search(norm)
    if when and norm[:when.start()].strip(" ,;"):
        norm = norm[:when.start()] + "and when" + norm[when.end():]
    raw_words = re.findall(r"\S+", text)
    tokens: list[Token] = []
    at = [0]                # the raw words are matched in order: 'a grade of A' has two forms of 'a'
    for m in _TOKEN.finditer(norm):
        s = m.group()
        raw = _raw_for(s, raw_words, text, at)
        if s[0].isdigit() or s[0] == "$":
            tokens.extend(_number_tokens(s, raw))
        elif s in NUMBER_WORDS:
            tokens.append(Token(s, s, raw, float(NUMBER_WORDS[s])))
        else:
            after = norm[m.end():m.end() + 1] == "-"
            tokens.append(Token(s, stem(s), raw, compound=after or norm[m.start() - 1:m.start()] == "-",
                                hyphen_after=after))
    _apply_scales(tokens)
    return tokens


def _raw_for(s: str, raw_words: list[str], text: str = "", at: list[int] | None = None) -> str:
    start = at[0] if at else 0
    for j in [*range(start, len(raw_words)), *range(start)]:
        w = raw_words[j]
        if fold(w.lower()).strip(".,;:?!\"'()") == s:
            if at:
                at[0] = j + 1
            return w.strip(".,;:?!\"'()")
    # a word inside a longer one as typed ('EV' in 'EV/EBITDA'): its own letters, case kept
    m = re.search(r"(?<![A-Za-z0-9])" + re.escape(s) + r"(?![A-Za-z0-9])", text, re.I) if s.isalpha() else None
    return m.group() if m else s


def _number_tokens(s: str, raw: str) -> list[Token]:
    m = re.match(r"\$?([\d,]*\d(?:\.\d+)?)(%?)([a-z]*)$", s)
    if not m:
        return [Token(s, s, raw)]
    value = float(m.group(1).replace(",", ""))
    percent = bool(m.group(2))
    suffix = m.group(3)
    out = []
    if suffix == "s" and re.fullmatch(r"1[0-9]{2}0|20[0-9]0", m.group(1)):
        return [Token(m.group(1), "#", raw, value, False, True)]
    if suffix in SCALES:
        value *= SCALES[suffix]
    elif suffix in ("st", "nd", "rd", "th"):
        pass
    elif suffix:
        out.append(Token(suffix, stem(suffix), suffix))
    return [Token(m.group(1).replace(",", ""), "#", raw, value, percent), *out]


def _scale_range_start(tokens: list[Token], end: int, scale: float) -> None:
    """'between 50 and 100 billion', 'from 2 to 5 million': the scale word said once after a range
    is the scale of both its ends (a first end with a scale of its own, or larger than the
    second, is left as typed)."""
    if end < 3 or tokens[end - 1].text not in ("and", "to") or tokens[end - 3].text not in ("between", "from"):
        return
    start = tokens[end - 2]
    if start.is_number and not start.percent and not start.decade and start.number == float(start.text) and \
            start.number < tokens[end].number:
        start.number *= scale


_SCALE_WORDS = frozenset({"thousand", "million", "billion", "trillion"})


def _apply_scales(tokens: list[Token]) -> None:
    """'500 billion' -> 5e11; '2 percent' -> a percentage."""
    i = 0
    while i < len(tokens) - 1:
        t, nxt = tokens[i], tokens[i + 1]
        if t.is_number and nxt.text in ("thousand", "million", "billion", "trillion", "bn", "mn"):
            _scale_range_start(tokens, i, SCALES[nxt.text])
            t.number *= SCALES[nxt.text]
            del tokens[i + 1]
            continue
        if t.text in ("a", "an") and not t.is_number and nxt.text in _SCALE_WORDS and \
                (i + 2 == len(tokens) or not tokens[i + 2].is_number):
            # 'a trillion dollars', 'over a billion': one of the scale ('a hundred billion' is 100 then the scale)
            tokens[i] = Token("1", "#", f"{t.raw} {nxt.raw}", SCALES[nxt.text])
            del tokens[i + 1]
            continue
        if t.is_number and nxt.text in ("percent", "pct", "%"):
            t.percent = True
            del tokens[i + 1]
            continue
        i += 1


STOP = set("""a an the of to in on at for from with by is are was were be been being do does did what which
who whom whose how me my show list give tell find get display return please i we you our your there their
its it this that these those than and or as into about all any each every per have has had can could would
should will shall over under show give let us much many also only just then now""".split())


def plural(noun: str) -> str:
    if noun.endswith("s"):
        return noun
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("x", "ch", "sh")) else "s")


_CAMEL_JOIN = re.compile(r"([a-z])([A-Z])")


def name_words(name: str) -> str:
    """A schema name as lower-case words: 'IsOfficial' -> 'is official', 'pe_ratio' -> 'pe ratio'."""
    return _CAMEL_JOIN.sub(r"\1 \2", name).replace("_", " ").lower()
