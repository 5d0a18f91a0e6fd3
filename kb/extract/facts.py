"""What extraction finds in one article, before uids are given: the sentences' mentions,
relations and counts, and the article's main region."""

from __future__ import annotations

from dataclasses import dataclass, field

from kb.extract.entities import Mention
from kb.extract.relations import Found
from kb.extract.stats import Count
from kb.model import Article, Sentence


@dataclass
class SentenceFacts:
    sentence: Sentence
    mentions: list[Mention]
    relations: list[Found] = field(default_factory=list)
    counts: list[tuple[Count, Mention | None]] = field(default_factory=list)


@dataclass
class ArticleFacts:
    article: Article
    sentences: list[SentenceFacts]
    main_region: Mention | None
    extra_relations: list[tuple[Found, SentenceFacts]] = field(default_factory=list)  # containment

    @property
    def mentions(self) -> list[tuple[Mention, SentenceFacts]]:
        return [(m, sf) for sf in self.sentences for m in all_mentions(sf.mentions)]


def all_mentions(mentions: list[Mention]) -> list[Mention]:
    out, seen = [], set()
    stack = list(mentions)
    while stack:
        m = stack.pop()
        if id(m) in seen:
            continue
        seen.add(id(m))
        out.append(m)
        stack.extend(m.parts)
    return out


