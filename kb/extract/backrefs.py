"""Back-references by a class word: 该局, 这个小区, 本单位, 学校组织…, 局机关干部….

ANNOTATION.md resolves them to the named thing they stand for, and the facts are annotated on
that thing. A determiner (data/referring_determiners.txt) before a head of
data/referring_heads.tsv, the bare 学校, or a bare head before the body's own people (局机关干部,
院党员) refers to the last specific mention of the article of a fitting label whose name ends
with one of the head's endings. The mention that stands there (or a new one) takes that name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kb.extract.entities import Mention
from kb.extract.lexicon import lexicon
from kb.wordlists import alternation, read_list, read_rows


@dataclass(frozen=True)
class Head:
    word: str
    labels: frozenset[str]
    endings: tuple[str, ...]


@lru_cache(maxsize=1)
def heads() -> dict[str, Head]:
    return {r[0]: Head(r[0], frozenset(r[1].split("|")), tuple(r[2].split("|")))
            for r in read_rows("kb.extract", "referring_heads.tsv")}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    words = sorted(heads(), key=len, reverse=True)
    determiners = alternation(read_list("kb.extract", "referring_determiners.txt"))
    people = alternation(sorted(lexicon().sent_people, key=len, reverse=True))
    # 该局, 这个小区; 学校 alone; 局机关干部, 院党员: a bare head before the body's own people.
    return re.compile(rf"(?:{determiners})({alternation(words)})|(?<![\u4e00-\u9fff])(学校)"
                      rf"|(?:^|(?<=[，,。；;、]))({alternation(words)})(?=机关|{people})")


def antecedent(head: Head, earlier: list[Mention]) -> Mention | None:
    return next((m for m in reversed(earlier) if m.label in head.labels and not m.generic
                 and m.name.endswith(head.endings)), None)


def resolve_back_references(text: str, surface: str, mentions: list[Mention], earlier: list[Mention]) -> None:
    """Name the back-references of one sentence after what the article named before them."""
    for match in _pattern().finditer(text):
        word = next(g for g in match.groups() if g)
        start, end = match.start(), match.end()
        head = heads()[word]
        target = antecedent(head, earlier + [m for m in mentions if m.end <= start and not m.generic])
        if target is None:
            continue
        covering = [m for m in mentions if m.start <= start and end <= m.end]
        if any(not m.generic for m in covering):
            continue  # a name of its own stands here
        longer = [m for m in covering if m.start == start and m.end > end]
        for m in longer:  # 学校图书馆: the school's library, named after the school
            m.name, m.generic, m.rule = target.name + text[end:m.end], False, f"{m.rule}+back_reference"
        if longer:
            continue
        for m in covering:
            mentions.remove(m)
        mentions.append(Mention(target.label, target.name, start, end, surface[start:end],
                                properties=dict(target.properties), aliases={target.name},
                                rule="back_reference"))
    mentions.sort(key=lambda m: (m.start, -m.end))
