"""Joins between two tables that are linked in more than one way (trips.start_station_id and
trips.end_station_id both point at stations): the question's own words pick the key ('trips
starting in Old Town'), or the question is declined — joining on either key silently would
answer another question half the time."""
from __future__ import annotations

import re

from .catalog import Catalog
from .errors import CannotAnswer
from .plan import Plan
from .text import stem

# Words of a key's name that only say it is a key.
_KEY_WORDS = {"id", "key", "code", "cd", "no", "num", "nr", "fk", "ref"}


def _words(name: str) -> list[str]:
    return [w.lower() for w in re.split(r"_|(?<=[a-z])(?=[A-Z])|\s+", name) if w]


def own_words(fk) -> set[str]:
    """The words of a key's column that tell it from the other keys to the same table
    ('start' in start_station_id)."""
    table = {stem(w) for w in _words(fk.ref_table)} | {stem(w.rstrip("s")) for w in _words(fk.ref_table)}
    return {stem(w) for w in _words(fk.column)} - table - _KEY_WORDS


# Words that say which end of a journey a place is ('flights out of Boston', 'trips to Old Town'),
# and the words of the key names of that end.
_DIRECTIONS = (
    ({"from", "out", "leaving", "leave", "leaves", "departing", "depart", "departs", "departed"},
     {"source", "src", "origin", "orig", "from", "start", "dep", "departure"}),
    ({"to", "into", "arriving", "arrive", "arrives", "arrived", "bound"},
     {"dest", "destination", "to", "end", "arr", "arrival", "target"}),
)


def _direction_hits(k, mentions) -> list:
    """The direction words right before a place of the key's table ('out of Boston')."""
    words = {w.lower() for w in _words(k.column)}
    for says, keys in _DIRECTIONS:
        if not words & keys:
            continue
        hits = []
        for i, x in enumerate(mentions):
            if x.text.split()[-1] not in says:
                continue
            place = next((y for y in mentions[i + 1:i + 4] if y.kind in ("value", "ref")), None)
            if place is not None and (any(v.table == k.ref_table for v in place.values) or
                                      (place.ref is not None and place.ref.table == k.ref_table)):
                hits.append(x)
        if hits:
            return hits
    return []


def _names(word: str, words: set[str]) -> bool:
    """'starting' names 'start'; 'destination' names the clipped 'dest'."""
    return stem(word) in words or any(len(k) >= 3 and word.startswith(k) for k in words)


def _key_named(fk, mentions) -> None:
    """'ships lost in each battle' joined on ship.lost_in_battle: a plain word of the key's own name
    ('lost') says the link the plan joins on; it is accounted for."""
    words = {w for w in own_words(fk) if len(w) >= 3}
    for x in mentions:
        if x.kind == "word" and not x.used and len(x.text) >= 3 and stem(x.text) in words:
            x.used = True


# Verbs of being one of the rows a link table ties ('members who have been in 5 productions').
_MEMBERSHIP = ("been in", "was in", "were in", "appeared in", "appear in", "appears in", "played in", "acted in",
               "starred in", "performed in", "took part in", "taken part in", "featured in", "cast in")


def _through_the_link(p: Plan, fk, link: str, mentions, cat: Catalog) -> bool:
    """'been in more than 5 productions': the plan only counts the far table's key, which the link
    holds too; count the link's key instead, so the rows are reached through the link."""
    text = " ".join(x.text for x in mentions)
    said = next((v for v in _MEMBERSHIP if re.search(rf"\b{v}\b", text)), None)
    far = fk.table if p.table == fk.ref_table else fk.ref_table
    pk = cat.tables[far].primary_key
    to_far = next((f for f in cat.foreign_keys if f.table == link and f.ref_table == far), None)
    used = [c for c in p.columns_used() if c.startswith(f"{far}.")]
    if said is None or to_far is None or len(pk) != 1 or to_far.ref_column != pk[0] or \
            not used or any(c != f"{far}.{pk[0]}" for c in used):
        return False
    if not all(m.column == f"{far}.{pk[0]}" and m.func == "count" for m in p.measures if m.column):
        return False
    for m in p.measures:
        if m.column:
            m.column, m.distinct = f"{link}.{to_far.column}", True
    for x in mentions:
        if x.kind == "kw" and x.text == "in" and not x.used:
            x.used = True
    p.assume("link", f"'{said}' counted through {link}")
    return True


def _role_key_beside_a_link(p: Plan, fk, mentions, cat: Catalog) -> None:
    """'members who have been in more than 5 productions' where productions.director_id points at
    members and cast_roles links members to productions: the key named for a role ('director') is
    only meant when the question says that role ('directed', 'director'); else the question may
    mean the link (being in the cast) and is declined rather than counted through the role. Only a
    pure link counts (checkIns, with a key of their own, are events, not a membership)."""
    role = {w for w in own_words(fk) if len(w) >= 4}
    if not role:
        return
    links = [t for t in cat.tables if t not in (fk.table, fk.ref_table) and cat.pure_link(t) and
             {f.ref_table for f in cat.foreign_keys if f.table == t} >= {fk.table, fk.ref_table}]
    if not links:
        return
    said = [x for x in mentions for w in x.text.split() if len(w) >= 5 and any(w[:5] == r[:5] for r in role)]
    if said:
        for x in said:
            x.used = True
        return
    if _through_the_link(p, fk, links[0], mentions, cat):
        return
    raise CannotAnswer(f"{fk.ref_table} are tied to {fk.table} as their {fk.column} and through {links[0]}, and the "
                       f"question does not say which; name the role ('{sorted(role)[0]}') or the link ('{links[0]}')")


def choose(plan: Plan, mentions, cat: Catalog) -> None:
    """Pick, for every join of the plan (and of the plans it is computed over) that could use
    several keys, the key the question names; mark the words that named it as used."""
    todo = [plan]
    while todo:
        p = todo.pop()
        if p is None:
            continue
        todo += [p.inner, p.within]
        for t in p.tables()[1:]:
            path = cat.join_path(p.table, t) or []
            if len(path) == 1:
                _role_key_beside_a_link(p, path[0][1], mentions, cat)
            for _nxt, fk in path:
                keys = cat.parallel_keys(fk)
                if len(keys) < 2:
                    _key_named(fk, mentions)
                if len(keys) < 2 or any(f"{k.table}.{k.column}" in p.via for k in keys):
                    continue
                named = []
                for k in keys:
                    words = own_words(k)
                    hits = [x for x in mentions if any(_names(w, words) for w in x.text.split())]
                    if words and hits:
                        named.append((k, hits))
                if not named:           # 'flights out of Boston': the end of the journey the place is
                    named = [(k, hits) for k in keys if (hits := _direction_hits(k, mentions))]
                if len(named) != 1:
                    ways = ", ".join(k.column for k in keys)
                    raise CannotAnswer(f"{fk.table} link to {fk.ref_table} in {len(keys)} ways ({ways}) and the "
                                       f"question does not say which; name it (for example "
                                       f"'{' '.join(sorted(own_words(keys[0])))} {fk.ref_table}')")
                k, hits = named[0]
                for x in hits:
                    x.used = True
                    if x.kind == "ref":          # 'start' names the key here, not the start_time column
                        x.kind, x.refs, x.ref = "word", [], None
                p.via.append(f"{k.table}.{k.column}")
                p.assume("link", f"{fk.table} joined to {fk.ref_table} on {k.column}")
