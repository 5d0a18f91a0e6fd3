"""Clause structure: where a sentence's clauses are, who they are about, what carries over.

A sentence is cut into clauses at clause punctuation. Members of a coordinated list stand
between the separators of `data/list_separators.txt`. A clause's **subject** is what opens it
before its first verb; when a clause names no agent of its own it carries the subject of an
earlier clause of the same sentence, or, opening with 他/她, the last person named in the
paragraph (`Discourse`). A sentence that opens at a place (在X社区，… / X社区检测点前，…) places the
person its next clause is about there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kb.analyse import Token
from kb.extract.entities import Mention
from kb.extract.relations.base import Found
from kb.wordlists import read_groups, read_list

CLAUSE_BREAK = re.compile(r"[，,；;。！？!?：:（）()]|——")
OPENING_TAGS = ("t", "m", "q", "w", "p", "f", "d")  # with TIME spans: a clause of only a date or time
NOUN_TAGS = ("n", "nz", "nw", "LOC", "ORG", "s", "vn")
ACTOR_LABELS = frozenset({"Person", "Unit", "PartyOrg", "Team"})
PLACES = ("Community", "Site")


@lru_cache(maxsize=1)
def words() -> dict[str, tuple[str, ...]]:
    """The function words of data/clause_words.tsv by role (pronoun, comitative, copula …)."""
    return read_groups("kb.extract", "clause_words.tsv")


@dataclass
class Discourse:
    """What carries over from earlier clauses and sentences of the article."""

    paragraph: int = -1
    subject: list[Mention] = field(default_factory=list)  # the last explicit subject (carried in its sentence)
    subject_is_this_sentences: bool = False
    last_person: Mention | None = None

    def new_sentence(self, paragraph: int) -> None:
        self.subject_is_this_sentences = False
        if paragraph != self.paragraph:  # a pronoun or a carried subject stays in its paragraph
            self.paragraph, self.subject, self.last_person = paragraph, [], None

    def set_subject(self, subject: list[Mention]) -> None:
        self.subject, self.subject_is_this_sentences = subject, True


@lru_cache(maxsize=1)
def sending_verbs() -> frozenset[str]:
    return frozenset(read_list("kb.extract", "sending_verbs.txt"))


@lru_cache(maxsize=1)
def separators() -> tuple[str, ...]:
    return tuple(sorted(read_list("kb.extract", "list_separators.txt"), key=len, reverse=True))


def is_separator(between: str) -> bool:
    """Whether only list punctuation and conjunctions stand between two mentions (never
    nothing at all: adjacent names qualify each other, they are not listed)."""
    rest = between.strip(" “”\"")
    if not rest:
        return False
    while rest:
        word = next((s for s in separators() if rest.startswith(s)), None)
        if word is None:
            return False
        rest = rest[len(word):].strip(" “”\"")
    return True


def clauses(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in CLAUSE_BREAK.finditer(text):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def fits(m: Mention, labels: frozenset[str]) -> bool:
    """A specific mention of one of the labels; `Region:town` admits a region of that level only."""
    if m.generic:
        return False
    return m.label in labels or f"{m.label}:{m.properties.get('level', '')}" in labels


def subject_of(text: str, start: int, end: int, tokens: tuple[Token, ...], mentions: list[Mention],
               labels: frozenset[str]) -> list[Mention]:
    """The fitting mentions that open a clause, before its first verb: a person named there;
    else the first organisation (某局第一批…志愿服务队: the unit whose people act) and the
    organisations listed with it (A局、B局、C局共三个单位…)."""
    first_verb = next((t.start for t in tokens if start <= t.start < end and t.tag == "v"), end)
    opening = [m for m in mentions if start <= m.start < first_verb and fits(m, labels)]
    if not opening:
        return []
    if opening[-1].label == "Person":
        return [opening[-1]]
    group = [opening[0]]
    for m in opening[1:]:
        between = text[group[-1].end:m.start]
        if m.label == "Person" or not is_separator(between) or any(w in between for w in words()["comitative"]):
            break  # A与B进行交接: B is who A meets, not a second subject
        group.append(m)
    return group


def carried(text: str, clause_start: int, cue_start: int, labels: frozenset[str], discourse: Discourse,
            tokens: tuple[Token, ...]) -> tuple[list[Mention], str]:
    """The agent a clause without one of its own carries over: 他/她 opening it is the last
    person of the paragraph; else the subject of the sentence's earlier clause, unless it has a noun
    phrase of its own before the cue (其他干部下沉到…: other cadres, not the subject) and no
    verb by which the subject sends them (安排3名党员到…)."""
    opening = text[clause_start:cue_start].lstrip()
    if opening.startswith(words()["plural"]):
        return [], ""
    if opening.startswith(words()["pronoun"]):
        person = discourse.last_person
        return ([person] if person is not None and "Person" in labels else []), "frame_pronoun"
    inside = [t for t in tokens if clause_start <= t.start and t.end <= cue_start]
    # 在泌阳县救治一线成立…: the nouns of a place phrase are where, not a subject of the clause's own.
    at = next((i for i, t in enumerate(inside) if t.text in words()["locative_preposition"]), None)
    inside = inside if at is None else inside[:at]
    if any(t.tag in NOUN_TAGS for t in inside) and not any(t.text in sending_verbs() for t in inside):
        return [], ""
    if not discourse.subject_is_this_sentences:
        return [], ""  # measured on real reports, a subject carried into the next sentence is mostly wrong
    return [m for m in discourse.subject if m.label in labels], "frame_carried"


def at_opening_place(text: str, tokens: tuple[Token, ...], mentions: list[Mention]) -> list[Found]:
    """A person working at the place the sentence opens with went there, unless they are
    introduced as its own staff (在X社区，X社区党委书记Y…, 临时党支部书记Y…); a body there may
    only be pairing with it, which its own verb says."""
    place = None
    for start, end in clauses(text):
        if place is None:
            place = opening_place(text, start, end, mentions, tokens)
            if place is None and (any(start <= m.start < end for m in mentions) or
                                  not all(t.tag in OPENING_TAGS or t.entity == "time" for t in tokens
                                          if start <= t.start < end and len(t.text) > 1)):
                return []  # the sentence opened with something else than a date and a place
            continue
        subject = subject_of(text, start, end, tokens, mentions, ACTOR_LABELS)
        if subject:
            person = subject[0]
            staff = place.name in text[start:person.start] or any(
                m.generic and m.label == "PartyOrg" and start <= m.start < person.start for m in mentions)
            if person.label == "Person" and not staff:
                return [Found("SINKS_TO", person, place, "frame_at_opening_place", {"verb": "在"})]
            return []
    return []


def opening_place(text: str, start: int, end: int, mentions: list[Mention],
                  tokens: tuple[Token, ...]) -> Mention | None:
    """在桃源小区出入口, … / 2月1日，桃源社区检测点前, …: a sentence that opens with a clause
    naming a community or site and stating no act (no verb after 在)."""
    inside = [m for m in mentions if start <= m.start < end]
    verbs = [t for t in tokens if start <= t.start < end and t.tag == "v" and t.text != "在"]
    if not inside or verbs:
        return None
    place = inside[-1]
    if place.label == "Site":  # 某村村头执勤点: duty at a post in a village is work in the village
        place = next((p for p in reversed(place.parts) if p.label == "Community" and not p.generic), place)
    if place.label not in ("Community", "Site") or place.generic or \
            any(m.label in ACTOR_LABELS and not m.generic for m in inside):
        return None
    return place


