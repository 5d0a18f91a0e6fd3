"""Mentions -> entities with deterministic uids, one per real thing across articles.

A uid is a short hash of label + canonical name + scope. The scope is what the evidence
allows us to say about identity:
- a Region from the gazetteer is its adcode (松江区 is 松江区 in every report);
- a Person, an Event and an unqualified body or place (市府小区, 区文旅局) belong to the
  city the article is about: two people called 王强 in two cities are two people;
- a class mention (generic, e.g. 临时党支部) belongs to its article only;
- mechanisms and policies are known by name.
Merging is then only a union over equal uids, so articles can be written one at a time.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from kb.dates import resolve_day
from kb.extract.entities import Mention
from kb.extract.facts import ArticleFacts, SentenceFacts
from kb.extract.gazetteer import load_gazetteer
from kb.model import Article, Entity, Evidence, Extraction, Relation, Stat


def _hash(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:16]


def _place_code(m: Mention | None) -> str:
    if m is None:
        return ""
    if m.divisions:
        code = m.divisions[0].adcode
        return code[:4] if m.properties.get("level") not in ("province",) else code[:2]
    return m.name


def _self_qualified(name: str) -> bool:
    gaz = load_gazetteer()
    return any(name.startswith(n) for n in (name[:k] for k in range(2, 8)) if n in gaz.full)


def scope_of(m: Mention, facts: ArticleFacts) -> str:
    if m.label == "Region":
        if m.divisions:
            return m.divisions[0].adcode
        return _place_code(facts.main_region)
    if m.generic:
        return facts.article.uid
    if m.label in ("Mechanism", "Policy"):
        return ""
    if m.label in ("Person", "Event") or not _self_qualified(m.name):
        return _place_code(facts.main_region) or facts.article.uid
    return ""


def entity_uid(label: str, name: str, scope: str) -> str:
    return "e_" + _hash(label, name, scope)


def _evidence(facts: ArticleFacts, sf: SentenceFacts) -> Evidence:
    s = sf.sentence
    return Evidence(article=facts.article.uid, text=s.text.text, start=s.start, end=s.end)


def _properties(m: Mention) -> dict:
    props = {k: v for k, v in m.properties.items() if k != "title"}
    if m.label == "Region" and m.divisions:
        props["adcode"] = m.divisions[0].adcode
    return props


def resolve_article(facts: ArticleFacts) -> Extraction:
    """One article's entities, relations and stats, with the uids they have in any run."""
    entities: dict[str, Entity] = {}
    uid_of: dict[int, str] = {}
    a_uid = facts.article.uid

    def ensure(m: Mention) -> str:
        if id(m) in uid_of:
            return uid_of[id(m)]
        uid = entity_uid(m.label, m.name, scope_of(m, facts))
        e = entities.get(uid)
        if e is None:
            e = entities[uid] = Entity(uid, m.label, m.name, generic=m.generic, properties=_properties(m),
                                       articles=[a_uid], mentions={a_uid: 0})
        e.aliases = sorted(set(e.aliases) | {a for a in m.aliases if a} | {m.name})
        e.mentions[a_uid] = e.mentions.get(a_uid, 0) + 1
        uid_of[id(m)] = uid
        return uid

    for m, _ in facts.mentions:
        ensure(m)
    if facts.main_region is not None:
        ensure(facts.main_region)
    relations: list[Relation] = []
    seen: set[tuple[str, str, str]] = set()
    found = [(f, sf) for sf in facts.sentences for f in sf.relations] + facts.extra_relations
    for f, sf in found:
        src, tgt = ensure(f.source), ensure(f.target)
        key = (f.type, src, tgt)
        if key in seen or src == tgt:
            continue
        seen.add(key)
        relations.append(Relation(f.type, src, tgt, f.rule, _evidence(facts, sf), _dated(f.properties, facts)))
    stats: list[Stat] = []
    for sf in facts.sentences:
        for count, scope in sf.counts:
            uid = "s_" + _hash(a_uid, str(sf.sentence.index), str(count.start), str(count.end))
            stats.append(Stat(uid=uid, scope=ensure(scope) if scope is not None else None, value=count.value,
                              approx=count.approx, unit=count.unit, noun=count.noun, verb=count.verb,
                              rule="count", evidence=_evidence(facts, sf), object_value=count.object_value,
                              object_noun=count.object_noun))
    return Extraction(articles=[facts.article], entities=list(entities.values()), relations=relations, stats=stats)


def _dated(props: dict, facts: ArticleFacts) -> dict:
    """A relation's properties with its date's words (`3月31日`) kept as `date_text` and its
    `date` the full ISO date they name in the article's year (absent when that is unknown)."""
    props = dict(props)
    if words := props.pop("date", None):
        props["date_text"] = words
        if day := resolve_day(words, facts.article.date):
            props["date"] = day
    return props


class Merger:
    """Folds per-article extractions into one: entities with equal uids become one."""

    def __init__(self) -> None:
        self.result = Extraction()
        self._entities: dict[str, Entity] = {}
        self._articles: dict[str, Article] = {}

    def add(self, part: Extraction) -> None:
        for copy in part.copies:
            first = self._articles[copy.uid]
            first.files.extend(f for f in copy.files if f not in first.files)
        for a in part.articles:
            self._articles[a.uid] = a
        self.result.articles.extend(part.articles)
        self.result.relations.extend(part.relations)
        self.result.stats.extend(part.stats)
        for e in part.entities:
            known = self._entities.get(e.uid)
            if known is None:
                self._entities[e.uid] = e
                self.result.entities.append(e)
                continue
            known.aliases = sorted(set(known.aliases) | set(e.aliases))
            known.articles.extend(a for a in e.articles if a not in known.articles)
            for a, n in e.mentions.items():
                known.mentions[a] = known.mentions.get(a, 0) + n


def merge(parts: Iterable[Extraction]) -> Extraction:
    merger = Merger()
    for p in parts:
        merger.add(p)
    return merger.result
