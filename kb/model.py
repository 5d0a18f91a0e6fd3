"""The dataclasses every stage of the pipeline speaks.

read:    bytes -> Source -> Text (normalised, with an offset map) -> Article[Sentence]
extract: Article -> entities, relations, stats (with evidence)
resolve: per-article entities -> one Entity per real thing, deterministic uids
write:   Extraction -> Neo4j

Offsets (`start`, `end`) always point into `Source.text`, the decoded original file,
so that evidence can be shown in place whatever clean-up happened in between.
The vocabulary (labels, relationship types, properties) is fixed in ONTOLOGY.md.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

LABELS = ("Region", "Community", "Site", "PartyOrg", "Unit", "Team", "Person", "Mechanism", "Policy", "Event")
RELATION_TYPES = (
    "PAIRS_WITH",
    "SINKS_TO",
    "TWINNED_WITH",
    "SUBORDINATE_TO",
    "HOLDS_POST",
    "ESTABLISHED",
    "ADOPTS",
    "ISSUED",
    "TAKES_OVER",
    "LOCATED_IN",
)


@dataclass(frozen=True)
class Source:
    """A file as decoded: the original text that every offset refers to."""

    path: str
    sha256: str
    encoding: str
    text: str


@dataclass
class Text:
    """Normalised text that remembers where each character came from.

    `text` is the cleaned, Simplified form; `surface` is the same cleaned text in the
    original script (same length, so `surface[i:j]` is the surface form of `text[i:j]`);
    `origin[i]` is the offset in `Source.text` of `text[i]`, and `origin[len(text)]` is the
    end offset, so a span [i, j) of `text` maps to [origin[i], origin[j - 1] + 1) of the original.
    """

    text: str
    surface: str
    origin: list[int]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1

    def slice(self, start: int, end: int) -> Text:
        return Text(self.text[start:end], self.surface[start:end], self.origin[start:end] + [self.origin[end]])


@dataclass
class Sentence:
    """One sentence of an article: normalised text plus its way back to the original."""

    index: int  # position in the article
    paragraph: int  # index of the paragraph it belongs to (headings are paragraphs too)
    text: Text

    @property
    def start(self) -> int:
        return self.text.origin[0]

    @property
    def end(self) -> int:
        return self.text.original_span(0, len(self.text.text))[1] if self.text.text else self.start


@dataclass
class Article:
    # A hash of the report's normalised text (kb.read.identity): the same report read from a
    # copy (another encoding, script, line ends, a second site's page furniture) has the same uid.
    uid: str
    file: str  # path as given, of the first file it was read from (evidence offsets point into it)
    sha256: str  # of that file's original bytes
    title: str
    date: str | None  # ISO-8601 (YYYY-MM-DD, or with time) when the text gives a full date
    source: str | None  # outlet
    authors: list[str]
    correspondents: list[str]
    editors: list[str]
    start: int  # span of the original text that the article covers
    end: int
    sentences: list[Sentence] = field(default_factory=list)
    # Every file the report was read from, as absolute paths: `file` first, then its copies.
    files: list[str] = field(default_factory=list)
    url: str | None = None  # the report's own address, when the page gives it

    def export(self) -> dict[str, Any]:
        return {
            "uid": self.uid,
            "title": self.title,
            "date": self.date,
            "source": self.source,
            "authors": self.authors,
            "correspondents": self.correspondents,
            "editors": self.editors,
            "file": self.file,
            "files": self.files,
            "sha256": self.sha256,
            "url": self.url,
        }


@dataclass
class Evidence:
    """The sentence that supports a fact, and where it sits in the original file."""

    article: str  # Article uid
    text: str  # the sentence, normalised
    start: int
    end: int


@dataclass
class Entity:
    uid: str
    label: str  # one of LABELS
    name: str  # canonical, Simplified
    aliases: list[str] = field(default_factory=list)  # every surface form seen
    generic: bool = False
    properties: dict[str, Any] = field(default_factory=dict)  # level, adcode, kind, temporary ...
    articles: list[str] = field(default_factory=list)  # uids of the articles that mention it
    mentions: dict[str, int] = field(default_factory=dict)  # article uid -> count (MENTIONED_IN.count)

    def export(self) -> dict[str, Any]:
        return {
            "uid": self.uid,
            "label": self.label,
            "name": self.name,
            "aliases": sorted(set(self.aliases)),
            "generic": self.generic,
            "properties": self.properties,
            "articles": self.articles,
        }


@dataclass
class Relation:
    type: str  # one of RELATION_TYPES
    source: str  # Entity uid
    target: str  # Entity uid
    rule: str  # name of the rule that produced it
    evidence: Evidence
    properties: dict[str, Any] = field(default_factory=dict)  # verb, title, date

    def export(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "source": self.source,
            "target": self.target,
            "properties": {**self.properties, "rule": self.rule},
            "article": self.evidence.article,
            "evidence": self.evidence.text,
            "start": self.evidence.start,
            "end": self.evidence.end,
        }


@dataclass
class Stat:
    uid: str
    scope: str | None  # Entity uid of the region (or community) the count is about
    value: float
    approx: bool
    unit: str
    noun: str
    verb: str | None
    rule: str
    evidence: Evidence
    object_value: float | None = None
    object_noun: str | None = None

    def export(self) -> dict[str, Any]:
        d = asdict(self)
        ev = d.pop("evidence")
        d.update(article=ev["article"], evidence=ev["text"], start=ev["start"], end=ev["end"])
        return d


@dataclass
class Extraction:
    articles: list[Article] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    stats: list[Stat] = field(default_factory=list)
    # Reports read again from other files (another encoding, script, site): each the same uid
    # as an article read before, with its own `files`; they bring no facts.
    copies: list[Article] = field(default_factory=list)

    def export(self) -> dict[str, Any]:
        """The JSON export of ONTOLOGY.md (a copy shows as one more file of its article)."""
        return {
            "articles": [a.export() for a in self.articles],
            "entities": [e.export() for e in self.entities],
            "relations": [r.export() for r in self.relations],
            "stats": [s.export() for s in self.stats],
        }
