"""The cue verbs of the relation table (`data/frames.tsv`) and where a sentence states them.

A row is one relation type: its cue verbs, the labels its agents and its patients may have
(`Region:town` for a level) and optional readings (`refers_back`). A cue counts only at a word
boundary of the analyser (a one-character cue only as a verb of its own), outside names, and
not as a noun's modifier (结对单位) unless the noun is described by it (Y的包联单位).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kb.analyse import Token
from kb.extract.clauses import words
from kb.extract.entities import Mention
from kb.wordlists import read_list, read_rows


@dataclass(frozen=True)
class Frame:
    type: str
    cues: tuple[str, ...]
    agents: frozenset[str]
    patients: frozenset[str]
    refers_back: bool = False  # a bare 社区 after the cue is the community named before it

    def properties(self, cue: str) -> dict[str, str]:
        """A post found by a verb (来自) states no title; every other relation keeps its verb."""
        return {"title": ""} if self.type == "HOLDS_POST" else {"verb": cue}


@dataclass(frozen=True)
class CueAt:
    frame: Frame
    word: str
    start: int
    end: int
    describes: bool = False  # 桃源社区的包联单位: the cue describes a noun (the relation is the 是/作为's)


@lru_cache(maxsize=1)
def frames() -> tuple[Frame, ...]:
    return tuple(Frame(r[0], tuple(sorted(r[1].split("|"), key=len, reverse=True)), frozenset(r[2].split("|")),
                       frozenset(r[3].split("|")), len(r) > 4 and "refers_back" in r[4].split("|"))
                 for r in read_rows("kb.extract", "frames.tsv"))


@lru_cache(maxsize=1)
def modifier_heads() -> tuple[str, ...]:
    return tuple(read_list("kb.extract", "cue_modifier_heads.txt"))


@lru_cache(maxsize=1)
def visit_verbs() -> frozenset[str]:
    return frozenset(read_list("kb.extract", "visit_verbs.txt"))


@lru_cache(maxsize=1)
def cue_words() -> tuple[tuple[str, Frame], ...]:
    """Every (cue, frame), longest cue first across all frames (对口支援 before 支援)."""
    return tuple(sorted(((c, f) for f in frames() for c in f.cues), key=lambda cf: -len(cf[0])))


def _is_word(cue: str, s: int, e: int, starts: dict[int, Token], ends: set[int]) -> bool:
    """A cue starts a word of the analyser and ends one (or ends inside a verb: 下沉|到); a
    one-character cue is a verb of its own."""
    token = starts.get(s)
    if token is None:
        return False
    if len(cue) == 1:
        return token.text == cue and token.tag.startswith("v")
    return e in ends or token.tag.startswith("v") and token.end > e


def find_cues(text: str, tokens: tuple[Token, ...], mentions: list[Mention]) -> list[CueAt]:
    """Cues at word boundaries, outside names, longest first, no overlaps."""
    starts = {t.start: t for t in tokens}
    ends = {t.end for t in tokens}
    found: list[CueAt] = []
    for cue, frame in cue_words():
        for m in re.finditer(re.escape(cue), text) if cue in text else ():
            s, e = m.start(), m.end()
            if not _is_word(cue, s, e, starts, ends):
                continue
            if any(x.start <= s and e <= x.end for x in mentions):
                continue  # part of a name (下沉工作组, 对口支援…工作组)
            describes = text.startswith(modifier_heads(), e)  # 结对单位, 包保干部: no verb is stated
            if describes and not text.startswith(words()["modifier_mark"][0], s - 1):
                continue
            if any(c.start < e and s < c.end and (c.frame.type == frame.type or (c.start, c.end) != (s, e))
                   for c in found):
                continue  # one reading per span, but one cue word may state two types (接管)
            found.append(CueAt(frame, cue, s, e, describes))
    return sorted(found, key=lambda c: c.start)


