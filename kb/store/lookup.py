"""Name -> entity, forgivingly: exact name, alias, full-text index, then fuzzy matching.

Input is first brought to the canonical form of names (OpenCC Traditional -> Simplified,
quotes and book-title marks dropped), so `榮欣居民區` finds 荣欣居民区. Each stage runs
only if the one before found nothing. When several candidates share the best score the
name is ambiguous and we list them rather than guess, with one exception: several
*generic* nodes of one name (临时党支部 in different articles) are one class, and a
question about the class is asked of them all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import neo4j
from rapidfuzz import fuzz, process

from kb.errors import KbError
from kb.store import session

FULLTEXT_LIMIT = 50
MIN_FULLTEXT_SCORE = 60.0  # rapidfuzz WRatio below which a full-text hit is noise (a shared bigram)
MIN_FUZZY_SCORE = 75.0  # the last resort must look like a misspelling of a name, not a guess

# Characters with a meaning in Lucene's query syntax; user text is matched literally.
_LUCENE_SPECIAL = re.compile(r'([+\-!(){}\[\]^"~*?:\\/&|])')


class UnknownName(KbError):
    exit_code = 3


class AmbiguousName(KbError):
    exit_code = 4

    def __init__(self, text: str, candidates: Sequence[Candidate]):
        self.text = text
        self.candidates = list(candidates)
        listed = "; ".join(c.describe() for c in self.candidates[:8])
        super().__init__(f"{text!r} is ambiguous; give one of these uids as the name: {listed}")


@dataclass(frozen=True)
class Candidate:
    uid: str
    name: str
    label: str
    aliases: tuple[str, ...]
    generic: bool
    scope: tuple[str, ...]  # names of the places it is LOCATED_IN
    score: float  # 100 for an exact name or alias
    how: str  # name, alias, fulltext, fuzzy

    def describe(self) -> str:
        where = f" in {'/'.join(self.scope)}" if self.scope else ""
        return f"{self.name} ({self.label}{where}, uid {self.uid})"

    def export(self) -> dict[str, Any]:
        return {
            "uid": self.uid,
            "name": self.name,
            "label": self.label,
            "aliases": list(self.aliases),
            "generic": self.generic,
            "scope": list(self.scope),
            "score": round(self.score, 2),
            "how": self.how,
        }


@dataclass(frozen=True)
class Match:
    """What a name resolved to: one entity, or several generic nodes of one name."""

    text: str  # as typed
    name: str
    label: str
    uids: tuple[str, ...]
    how: str

    def export(self) -> dict[str, Any]:
        return {"text": self.text, "name": self.name, "label": self.label, "uids": list(self.uids), "how": self.how}


def normalise(text: str) -> str:
    """The canonical form of a name, made exactly as the extractor makes it: the reader's
    normalisation (Simplified script, unified brackets and quotes, NFKC), then no quotes or
    book-title marks — so that what a user types meets what was stored."""
    from kb.extract.entities import normalise_name
    from kb.read import normalize

    return normalise_name(normalize(text.strip()).text)


def lucene_query(text: str) -> str:
    """A Lucene query that matches `text` literally: special characters escaped, and lower
    case so that AND, OR, NOT are words, not operators (the analyzer lower-cases anyway)."""
    return _LUCENE_SPECIAL.sub(r"\\\1", text).lower()


def _candidate(record: Any, score: float, how: str) -> Candidate:
    return Candidate(
        uid=record["uid"],
        name=record["name"],
        label=record["label"],
        aliases=tuple(record["aliases"] or ()),
        generic=bool(record["generic"]),
        scope=tuple(sorted(set(record["scope"] or ()))),
        score=score,
        how=how,
    )


def _read(driver: neo4j.Driver, statement_name: str, database: str | None, **params: Any) -> list[dict[str, Any]]:
    return session.read(driver, statement_name, params, database)[1]


def _forms(record: Any) -> list[str]:
    """A node's name and aliases, in Simplified."""
    return [record["name"], *(normalise(a) for a in record["aliases"] or ())]


def _closeness(query: str, forms: Sequence[str]) -> tuple[float, float]:
    """How close a query is to a node: best WRatio (forgives containment), then plain ratio
    (prefers the form of closest length: 郭家娄 is nearer 郭家娄居民区 than 郭家娄居民区党支部)."""
    return max((fuzz.WRatio(query, f), fuzz.ratio(query, f)) for f in forms)


def candidates(
    driver: neo4j.Driver,
    text: str,
    *,
    labels: Sequence[str] = (),
    database: str | None = None,
    limit: int = 20,
    every_stage: bool = False,
) -> list[Candidate]:
    """Entities whose name or alias is close to `text`, best first, with how each was found.

    Look-up (`every_stage=False`) stops at the first stage that finds something: an exact
    name is not ambiguous because a longer name contains it. Search (`every_stage=True`)
    pools exact, alias and full-text hits, so 方舱 lists 二号方舱 as well as 方舱.
    """
    query = normalise(text)
    if not query:
        return []
    labels = list(labels)
    found: dict[str, Candidate] = {}

    def add(new: list[Candidate]) -> None:
        for c in new:
            found.setdefault(c.uid, c)  # an earlier stage is the surer one

    add([_candidate(r, 100.0, "name") for r in _read(driver, "lookup/exact", database, name=query,
                                                      uid=text.strip(), labels=labels)])  # fmt: skip
    if found and not every_stage:
        return list(found.values())

    hits = _read(driver, "queries/search", database, query=lucene_query(query), labels=labels, limit=FULLTEXT_LIMIT)
    add([_candidate(r, 100.0, "alias") for r in hits if query in _forms(r)[1:]])
    if found and not every_stage:
        return list(found.values())

    add(_fulltext(query, hits))
    if found:
        return sorted(found.values(), key=lambda c: c.score, reverse=True)[:limit]
    return _fuzzy(driver, query, labels, database, limit)


def _fulltext(query: str, hits: list[dict[str, Any]]) -> list[Candidate]:
    """Full-text hits re-ranked by closeness. The tie-break ratio is folded into the score's
    decimals, below WRatio (90 - 0.033 beats 90 - 0.050), so that equal scores really mean
    equally close and nothing scores above an exact name's 100."""
    out = []
    for r in hits:
        wratio, ratio = _closeness(query, _forms(r))
        if wratio >= MIN_FULLTEXT_SCORE:
            out.append(_candidate(r, wratio - (100.0 - ratio) / 1000.0, "fulltext"))
    return out


def _fuzzy(driver: neo4j.Driver, query: str, labels: list[str], database: str | None, limit: int) -> list[Candidate]:
    """The last resort: rapidfuzz over every name and alias (typos the bigram index cannot see)."""
    everything = _read(driver, "lookup/all-names", database, labels=labels)
    forms = [(i, form) for i, r in enumerate(everything) for form in _forms(r)]
    best: dict[int, float] = {}  # node index -> best score of any of its forms
    for _form, score, k in process.extract(
        query, [f for _, f in forms], scorer=fuzz.ratio, score_cutoff=MIN_FUZZY_SCORE, limit=None
    ):
        i = forms[k][0]
        best[i] = max(best.get(i, 0.0), score)
    ranked = sorted(best.items(), key=lambda x: x[1], reverse=True)[:limit]
    return [_candidate(everything[i], score, "fuzzy") for i, score in ranked]


def resolve(
    driver: neo4j.Driver,
    text: str,
    *,
    labels: Sequence[str] = (),
    database: str | None = None,
) -> Match:
    """The one entity `text` names; UnknownName or AmbiguousName otherwise."""
    found = candidates(driver, text, labels=labels, database=database)
    if not found:
        kinds = f" among {', '.join(labels)}" if labels else ""
        raise UnknownName(f"no entity named {text.strip()!r}{kinds}: try `kb query search --name {text.strip()}`")
    top = [c for c in found if c.score == found[0].score]
    if len(top) == 1:
        c = top[0]
        return Match(text, c.name, c.label, (c.uid,), c.how)
    if len({c.name for c in top}) == 1 and all(c.generic for c in top):
        c = top[0]
        return Match(text, c.name, c.label, tuple(sorted(c.uid for c in top)), c.how)
    raise AmbiguousName(text.strip(), top)
