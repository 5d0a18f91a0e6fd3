"""Back-references: a demonstrative and a head noun (该局, 该院, 这所学校, 这个小区, 该社区),
and a third-person pronoun (他, 她).

A demonstrative (`data/demonstratives.txt`) before a head noun (`data/demonstrative_heads.tsv`)
is a class mention that stands for the last specific mention before it, in the sentence or
earlier in the article, whose label fits the head and whose name ends as the head allows
(该院 -> 某某医院, 该局 -> 某县财政局). A pronoun is the last person named before it in its
paragraph (not 他们, 其他, 他人). Once resolved a reference is that thing: its acts are the
thing's (该局组织党员干部下沉到该社区 gives the bureau's sinking to the community; 他担任… the
person's post).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kb.extract.entities import Mention
from kb.wordlists import alternation, read_chars, read_rows, read_words

RULE = "demonstrative"
PRONOUN_RULE = "pronoun"
PRONOUNS = read_chars("kb.extract", "third_person_pronouns.txt")
# 他们, 她俩, 他人, 其他, 他乡: the pronoun is part of another word.
PRONOUN = re.compile(rf"(?<![其吉])[{PRONOUNS}](?![们俩人乡国处])")
WORD_GOES_ON = "民长员士"  # after a head, these make it another word (村民, 局长, 队员, 院士)


@dataclass(frozen=True)
class Head:
    word: str
    labels: frozenset[str]
    endings: tuple[str, ...]


@lru_cache(maxsize=1)
def heads() -> dict[str, Head]:
    return {r[0]: Head(r[0], frozenset(r[1].split("|")), tuple(r[2].split("|")))
            for r in read_rows("kb.extract", "demonstrative_heads.tsv")}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    words = sorted(heads(), key=len, reverse=True)
    return re.compile(rf"(?:{alternation(read_words('kb.extract', 'demonstratives.txt'))})({alternation(words)})")


def demonstrative_mentions(text: str, surface: str, mentions: list[Mention]) -> list[Mention]:
    """Class mentions for 该局, 这个小区…: new ones where no mention covers the head, and a
    class mention already read on the head (社区 of 该社区) marked as pointing back."""
    out = []
    for m in _pattern().finditer(text):
        head = heads()[m.group(1)]
        s, e = m.start(1), m.end()
        if text[e:e + 1] in WORD_GOES_ON and text[e:e + 1]:
            continue  # 该村民, 该局长, 该队员: the head is the start of another word
        on_head = [x for x in mentions if x.start < e and s < x.end]
        if any(not x.generic or x.end > e or x.start < s for x in on_head):
            continue  # part of a longer name (该局长 is no 该局; 此村民 …)
        for x in on_head:
            mentions.remove(x)
        label = sorted(head.labels)[0]
        out.append(Mention(label, head.word, m.start(), e, surface[m.start():e], generic=True,
                           properties={"refers_back": "|".join(sorted(head.labels))}, rule=RULE))
    return out


def pronoun_mentions(text: str, surface: str, mentions: list[Mention]) -> list[Mention]:
    """Class mentions of a person for 他, 她 where no mention covers them."""
    return [Mention("Person", m.group(), m.start(), m.end(), surface[m.start():m.end()], generic=True,
                    rule=PRONOUN_RULE)
            for m in PRONOUN.finditer(text) if not any(x.start < m.end() and m.start() < x.end for x in mentions)]


def resolve_pronoun(m: Mention, earlier_in_paragraph: list[Mention]) -> None:
    if m.rule != PRONOUN_RULE or not m.generic:
        return
    person = next((e for e in reversed(earlier_in_paragraph) if e.label == "Person" and not e.generic), None)
    if person is not None:
        m.aliases.add(m.surface)
        m.name, m.generic, m.rule, m.properties = person.name, False, "pronoun_coref", dict(person.properties)


def resolve_demonstrative(m: Mention, earlier: list[Mention]) -> None:
    """Give a demonstrative mention the name of the thing it points back at, if any."""
    if m.rule != RULE or not m.generic:
        return
    head = heads()[m.name]
    for e in reversed(earlier):
        if e.label in head.labels and not e.generic and e.name.endswith(head.endings) and e is not m:
            m.aliases.add(m.surface)
            m.label, m.name, m.generic, m.rule = e.label, e.name, False, "demonstrative_coref"
            m.properties = dict(e.properties)
            return


def drop_unresolved(mentions: list[Mention]) -> None:
    """A pronoun or a 该局 that points at nothing named is no mention at all (a bare 该社区
    stays, as the class mention 社区 it was before)."""
    mentions[:] = [m for m in mentions if m.rule != PRONOUN_RULE and not (m.rule == RULE and m.label != "Community")]
