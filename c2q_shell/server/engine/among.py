"""'which of the top 10 are tech companies?': rows asked 'of' a ranking. The ranking keeps its N rows
first (over every row, or the previous answer's ranking when it is the same N); the condition then
picks among those rows. Re-ranking within the condition ('the 10 largest tech companies') would
answer another question."""
from __future__ import annotations

from .catalog import Catalog
from .errors import CannotAnswer
from .plan import Filter, Plan
from .understand import Reading

_ASKS = {"which", "what", "who"}


def among_the_top(r: Reading) -> bool:
    """'which of the top 10 are …', 'what of the 5 largest …': 'which'/'what' then 'of' then a
    ranking of N > 1 rows, with a condition of its own and no figure or grouping."""
    m = [x for x in r.mentions if x.text not in ("the", "those", "these")]
    if len(m) < 3 or m[0].text not in _ASKS or m[1].text != "of":
        return False
    ranked = m[2].kind == "kw" and m[2].kw[0] == "rank" or m[2].kind == "num"
    return ranked and r.limit is not None and r.limit > 1 and bool(r.rank_dir or r.order) and bool(r.filters) and \
        not (r.measures or r.group or r.share)


def over_the_ranking(ranking: Plan, cat: Catalog) -> Plan:
    """The rows of `ranking` (a ranked listing of single rows), kept by key, in its order; the
    question's conditions are added to it by the caller."""
    pk = cat.tables[ranking.table].primary_key
    if ranking.group or ranking.measures or ranking.limit is None or not ranking.order or len(pk) != 1 or \
            ranking.inner is not None or ranking.within is not None:
        raise CannotAnswer("'which of the top …' picks among the rows of a ranking, and the engine could not "
                           "rank single rows here; ask for the ranking first, then 'which of them …'")
    key = f"{ranking.table}.{pk[0]}"
    within = ranking.copy()
    within.assumptions, within.batch = [], []
    within.select = [key] + [c for c in within.select if c != key]
    p = Plan(table=ranking.table, select=list(ranking.select), order=list(ranking.order),
             assumptions=list(ranking.assumptions), within=within)
    p.filters.append(Filter(key, "in", [], kind="in_prev"))
    p.assume("of the top", f"the {ranking.limit} rows of the ranking first, then the condition among them")
    return p
