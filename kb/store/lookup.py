"""Name -> entity: a uid, an exact name, else the full-text index re-ranked in Python.

What the user typed is first brought to the canonical form of names (OpenCC Traditional ->
Simplified, quotes dropped) and to its Pinyin (kb.store.name_keys). Then, in order:

1. a uid, of any node (class nodes included: this is how one asks for a class);
2. an exact name of a *specific* entity (an index seek);
3. the full-text index `entity_lookup`, which holds the look-up keys of specific entities
   only (names, aliases, Pinyin, initials): its hits are re-ranked by rapidfuzz, and the best
   is the answer when it is close enough and clearly ahead of the next.

Class nodes (`generic`: 居民区, 临时党支部) are never the answer to a name, however close,
except in a question about classes (`classes=True`: the Party hierarchy), and then only by
their exact name; several class nodes of one name are one class and asked together.
Anything else is UnknownName (exit 3, with the closest specific names) or AmbiguousName
(exit 4, listing what tells the candidates apart), both in an order that never varies.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import neo4j

from kb.errors import KbError, UsageError
from kb.store import name_keys, session

FULLTEXT_LIMIT = 50  # index hits re-ranked per look-up; labels are filtered after the limit
MIN_SCORE = 70.0  # below this a look-up names nothing (a 4-character name with one typo scores 75)
SURE_SCORE = 90.0  # a hit of the Pinyin clauses alone this close needs no search by characters
MIN_SEARCH_SCORE = 50.0  # `kb search` lists looser hits
MARGIN = 3.0  # the best is the answer only this far ahead of the next (else: ambiguous)
SUGGESTIONS = 5
LISTED = 8  # candidates an ambiguity message lists
CLASS_LIMIT = 100_000  # class nodes of one name a question about the class asks together
TITLE_WIDTH = 20  # characters of an article's title that a message shows


class UnknownName(KbError):
    exit_code = 3


class AmbiguousName(KbError):
    exit_code = 4

    def __init__(self, text: str, candidates: Sequence[Candidate], total: int):
        self.text = text
        self.candidates = list(candidates)  # the first LISTED of `total`
        listed = "; ".join(c.describe() for c in self.candidates)
        more = f"; and {total - len(self.candidates)} more (`kb search {text}`)" if total > len(self.candidates) else ""
        super().__init__(f"{text!r} is ambiguous; give one of these uids as the name: {listed}{more}")


@dataclass(frozen=True)
class Candidate:
    uid: str
    name: str
    label: str
    forms: tuple[str, ...]  # other Simplified names it is known by (aliases)
    generic: bool
    score: float  # 100 for a uid, an exact name or alias
    how: str  # uid, name, alias, pinyin, fuzzy, class
    scope: tuple[str, ...] = ()  # names of the places it is LOCATED_IN } read only for
    article: str = ""  # title of the first (by title) article naming it   } what is listed

    def sort_key(self) -> tuple:
        """Best first; then by what a reader sees; the uid last, so that no two tie."""
        return (-round(self.score, 6), self.name, self.label, self.scope, self.article, self.uid)

    def describe(self) -> str:
        where = f" in {'/'.join(self.scope)}" if self.scope else ""
        source = f", from 《{short_title(self.article)}》" if self.article else ""
        kind = "class " if self.generic else ""
        return f"{self.name} ({kind}{self.label}{where}{source}, uid {self.uid})"

    def export(self) -> dict[str, Any]:
        return {
            "uid": self.uid,
            "name": self.name,
            "label": self.label,
            "aliases": list(self.forms),
            "generic": self.generic,
            "scope": list(self.scope),
            "article": self.article,
            "score": round(self.score, 2),
            "how": self.how,
        }


@dataclass(frozen=True)
class Match:
    """What a name resolved to: one entity, or several class nodes of one name."""

    text: str  # as typed
    name: str
    label: str
    uids: tuple[str, ...]
    how: str

    def export(self) -> dict[str, Any]:
        return {"text": self.text, "name": self.name, "label": self.label, "uids": list(self.uids), "how": self.how}


def short_title(title: str, width: int = TITLE_WIDTH) -> str:
    return title if len(title) <= width else title[: width - 1] + "…"


def normalise(text: str) -> str:
    return name_keys.normalise(text)


def check_text(text: str) -> None:
    """UsageError for what cannot be a name (no server needed)."""
    if not text.strip():
        raise UsageError("the name to look up must not be empty")
    if len(text.strip()) > name_keys.MAX_NAME_LENGTH:
        raise UsageError(f"a name is at most {name_keys.MAX_NAME_LENGTH} characters; this one has {len(text.strip())}")


def _candidate(record: dict[str, Any], score: float, how: str) -> Candidate:
    keys = record.get("keys") or ()
    return Candidate(
        uid=record["uid"],
        name=record["name"],
        label=record["label"],
        forms=tuple(k for k in keys if name_keys.has_cjk(k) and k != record["name"]),
        generic=bool(record["generic"]),
        score=score,
        how=how,
    )


def _read(driver: neo4j.Driver, statement_name: str, database: str | None, **params: Any) -> list[dict[str, Any]]:
    return session.read(driver, statement_name, params, database)[1]


def _described(driver, found: list[Candidate], database) -> list[Candidate]:
    """The candidates with their scope and article, in their final order."""
    if not found:
        return []
    rows = {r["uid"]: r for r in _read(driver, "lookup/details", database, uids=[c.uid for c in found])}
    return sorted(
        (replace(c, scope=tuple(rows[c.uid]["scope"]), article=(rows[c.uid]["articles"] or [""])[0])
         for c in found),  # fmt: skip
        key=Candidate.sort_key,
    )


def _by_uid_or_name(driver, text: str, form: str, labels: list[str], database, limit: int = LISTED) -> list[Candidate]:
    """A uid or an exact name: specific nodes first, then at most `limit` of them in all
    (a class word may have a node in every article)."""
    rows = _read(driver, "lookup/exact", database, name=form, uid=text.strip(), labels=labels, limit=limit)
    return sorted(
        (_candidate(r, 100.0, "uid" if r["uid"] == text.strip() else "class" if r["generic"] else "name") for r in rows),
        key=Candidate.sort_key,
    )


def _fulltext(driver, form: str, labels: list[str], database, *, written: bool = True) -> list[Candidate]:
    """Hits of the look-up index, scored by closeness to the typed form or its Pinyin
    (`written=False`: by the Pinyin clauses alone, the cheap ones)."""
    key = name_keys.pinyin_keys(form)[0]
    query = name_keys.lucene_query(form, key, written=written and name_keys.has_cjk(form))
    if not query:
        return []
    hits = _read(driver, "queries/search", database, query=query, labels=labels, limit=FULLTEXT_LIMIT)
    out = [_candidate(r, *name_keys.closeness(form, key, [r["name"], *(r["keys"] or ())])) for r in hits]
    return sorted(out, key=Candidate.sort_key)


def _clear_winner(ranked: list[Candidate], at_least: float) -> bool:
    if not ranked or ranked[0].score < at_least:
        return False
    return len(ranked) == 1 or ranked[1].score <= ranked[0].score - MARGIN


def search(
    driver: neo4j.Driver, text: str, *, labels: Sequence[str] = (), database: str | None = None, limit: int = 20
) -> list[Candidate]:
    """Everything whose name is close to `text`, best first: a uid or exact name, then
    index hits, then class nodes of exactly that name (flagged; they come last)."""
    check_text(text)
    form = normalise(text)
    exact = _by_uid_or_name(driver, text, form, list(labels), database, limit)
    found = {c.uid: c for c in exact if c.how != "class"}
    for c in _fulltext(driver, form, list(labels), database):
        if c.score >= MIN_SEARCH_SCORE:
            found.setdefault(c.uid, c)
    specific = sorted(found.values(), key=Candidate.sort_key)[:limit]
    classes = [c for c in exact if c.how == "class" and c.uid not in found][: limit - len(specific)]
    return _described(driver, specific, database) + _described(driver, classes, database)


def resolve(
    driver: neo4j.Driver,
    text: str,
    *,
    labels: Sequence[str] = (),
    classes: bool = False,
    database: str | None = None,
) -> Match:
    """The one entity `text` names; UnknownName or AmbiguousName otherwise."""
    check_text(text)
    typed, form, labels = text.strip(), normalise(text), list(labels)
    exact = _by_uid_or_name(driver, text, form, labels, database, CLASS_LIMIT if classes else LISTED + 1)
    by_uid = [c for c in exact if c.how == "uid"]
    if by_uid:
        return _match(typed, by_uid)
    named = [c for c in exact if c.how == "name"]
    if len(named) == 1:
        return _match(typed, named)
    if named:
        raise AmbiguousName(typed, _described(driver, named[:LISTED], database), len(named))
    class_nodes = [c for c in exact if c.how == "class"]
    if class_nodes and classes:
        return _match(typed, class_nodes)

    if name_keys.has_cjk(form) and not class_nodes:  # what sounds the same needs no costly bigrams
        quick = _fulltext(driver, form, labels, database, written=False)
        if _clear_winner(quick, SURE_SCORE):
            return _match(typed, quick[:1])
    ranked = _fulltext(driver, form, labels, database) if form else []
    suggestions = ranked[:SUGGESTIONS]
    if class_nodes:  # a class word: no specific thing is meant, so none is guessed
        raise UnknownName(_class_message(typed, class_nodes, _described(driver, suggestions, database)))
    if not ranked or ranked[0].score < MIN_SCORE:
        raise UnknownName(_unknown_message(typed, labels, _described(driver, suggestions, database)))
    rivals = [c for c in ranked if c.score > ranked[0].score - MARGIN]
    if len(rivals) > 1:
        raise AmbiguousName(typed, _described(driver, rivals[:LISTED], database), len(rivals))
    return _match(typed, rivals)


def _match(typed: str, found: list[Candidate]) -> Match:
    c = found[0]
    how = "class name" if c.how == "class" else c.how
    return Match(typed, c.name, c.label, tuple(sorted(x.uid for x in found)), how)


def _suggest(ranked: list[Candidate]) -> str:
    return "; ".join(c.describe() for c in ranked)


def _unknown_message(typed: str, labels: list[str], ranked: list[Candidate]) -> str:
    kinds = f" among {', '.join(labels)}" if labels else ""
    closest = f"; closest: {_suggest(ranked)}" if ranked else f"; try `kb search {typed}`"
    return f"no entity named {typed!r}{kinds}{closest}"


def _class_message(typed: str, class_nodes: list[Candidate], ranked: list[Candidate]) -> str:
    uids = ", ".join(c.uid for c in class_nodes[:3]) + (" and more" if len(class_nodes) > 3 else "")
    head = (f"{typed!r} names a class ({class_nodes[0].label}), not one thing: ask for a node of it by uid "
            f"({uids}; `kb search {typed}` tells them apart)")  # fmt: skip
    return f"{head}, or by a specific name: {_suggest(ranked)}" if ranked else head
