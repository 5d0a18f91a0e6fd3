"""What every relation rule builds on: the sentence as its rules see it, the article's
context, what a rule finds, and the cue words and patterns several rule families share.

`SentenceView` reads clauses, cues, subjects before a cue, objects after it and lists of
coordinated names; `Context` holds what the article established before the sentence
(its main region, actor, the paragraph's site, person, team and town).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from kb.extract.entities import Mention
from kb.extract.lexicon import lexicon
from kb.wordlists import alternation, read_words

CLAUSE_BREAK = re.compile(r"[,，;；:：。!！?？]")
DATE = re.compile(r"(\d{1,2}月\d{1,2}日|\d{1,2}日)")
JOINERS = read_words("kb.extract", "name_joiners.txt")  # between coordinated names, quotes aside
SPEECH_VERBS = read_words("kb.extract", "speech_verbs.txt")  # a person quoted is not the doer
SPEECH_LEAD = re.compile(r"[^。;；]*?(?:" + alternation(SPEECH_VERBS) + r")[,，:：]")  # `X介绍,` opening a sentence
ORG_LABELS = ("Unit", "PartyOrg", "Team", "Site", "Community")
PLACE_LABELS = ("Community", "Site", "Region")
LOCATIVES = read_words("kb.extract", "locatives.txt")  # a noun after these is a place in the clause, not its subject
LOCATIVE_FRAMES = read_words("kb.extract", "locative_frames.txt")  # open a clause with 于 but place nothing
CUE_AS_MODIFIER = read_words("kb.extract", "cue_as_modifier.txt")  # 结对单位: the cue describes a noun
STATIONED = read_words("kb.extract", "stationed_titles.txt")  # titles that say the holder was sent to the place
SENDS = rf"({alternation(read_words('kb.extract', 'sending_verbs.txt'))})"  # a body sending people or a team
COUNT = r"[0-9一二三四五六七八九十两百千万余多]+名"
CHAIN_DASH = re.compile(r"^[—\-–―]{1,2}$")


@dataclass
class Found:
    type: str
    source: Mention
    target: Mention
    rule: str
    properties: dict[str, Any] = field(default_factory=dict)


@dataclass
class Context:
    """What the article has established before this sentence."""

    main_region: Mention | None = None
    actor: Mention | None = None  # the region or body the report is currently about
    topic_site: Mention | None = None  # the site or community the paragraph is about
    last_person: Mention | None = None
    paragraph_person: Mention | None = None  # the last person named in this paragraph
    topic_region: Mention | None = None  # the town or subdistrict a paragraph opens with
    paragraph_team: Mention | None = None  # the last named team in this paragraph (before this sentence)


@dataclass
class SentenceView:
    text: str
    mentions: list[Mention]  # top-level mentions, by position

    def clause_of(self, pos: int) -> tuple[int, int]:
        start = max((m.end() for m in CLAUSE_BREAK.finditer(self.text, 0, pos)), default=0)
        nxt = CLAUSE_BREAK.search(self.text, pos)
        return start, nxt.start() if nxt else len(self.text)

    def cues(self, rel_type: str) -> Iterator[tuple[int, int, str]]:
        taken: list[tuple[int, int]] = []
        for cue in lexicon().cues[rel_type]:
            for m in re.finditer(re.escape(cue), self.text):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                if any(x.start <= m.start() and m.end() <= x.end for x in self.mentions):
                    continue  # the cue is part of a name (下沉工作组)
                if self.text.startswith(CUE_AS_MODIFIER, m.end()):
                    continue  # 结对单位, 包保干部: the cue describes a noun, no verb is stated
                taken.append((m.start(), m.end()))
        for s, e in sorted(taken):
            yield s, e, self.text[s:e]

    def is_modifier(self, m: Mention) -> bool:
        return self.text[m.end : m.end + 1] == "的"

    def in_apposition(self, m: Mention) -> bool:
        """王某(某局副局长): a body in brackets right after a person says who the person is."""
        opening = max(self.text.rfind("(", 0, m.start), self.text.rfind("（", 0, m.start))
        between, after = self.text[opening:m.start], self.text[m.end:]
        if opening < 0 or ")" in between or "）" in between or not (")" in after or "）" in after):
            return False
        return any(p.label == "Person" and p.end == opening for p in self.mentions)

    def subject_before(self, pos: int, labels: tuple[str, ...], specific: bool = True) -> Mention | None:
        """The nearest fitting noun before `pos` in its clause; the previous clause too when
        only a date or an adverb stands between (陆海峰,3月31日下沉到…). A class mention
        (generic) found first is the subject; it is returned only when `specific` is False."""
        start = self.clause_of(pos)[0]
        if start > 0 and len(self.text[start:pos].strip()) <= 8 and not any(
                start <= m.start < pos for m in self.mentions):
            start = self.clause_of(start - 1)[0]
        for m in reversed(self.mentions):
            if m.end <= pos and m.start >= start and m.label in labels and not self.is_modifier(m) \
                    and not self.in_apposition(m):
                if self.text[m.start - 1 : m.start] in LOCATIVES and m.start > start:
                    continue  # 电子城街道在西安高新医院设立…: where it happens, not who does it
                if self.text[start : start + 1] in LOCATIVES and m.start > start and \
                        not self.text.startswith(LOCATIVE_FRAMES, start) and \
                        not any(c in self.text[start : m.start] for cs in lexicon().cues.values() for c in cs):
                    continue  # 在辖区6个城中村推行…: a noun inside the 在-phrase (before its verb) is a place
                return None if specific and m.generic else m
        return None

    def object_after(self, pos: int, labels: tuple[str, ...], end: int) -> Mention | None:
        for m in self.mentions:
            if pos <= m.start < end and m.label in labels:
                return m
            if pos <= m.start < end and m.label in ORG_LABELS + ("Person",) and not self.is_modifier(m):
                return None  # another noun phrase stands between
        return None

    def coordinated(self, m: Mention, leftwards: bool = True) -> list[Mention]:
        """`m` and the mentions joined to it by 、/和/及."""
        group = [m]
        ms = self.mentions
        i = ms.index(m)
        step = -1 if leftwards else 1
        j = i + step
        while 0 <= j < len(ms):
            a, b = (ms[j], group[-1]) if leftwards else (group[-1], ms[j])
            between = self.text[a.end : b.start]
            if ms[j].label != m.label or between.strip("“”\"") not in JOINERS:
                break
            group.append(ms[j])
            j += step
        return group


def _date_before(text: str, pos: int) -> str | None:
    dates = list(DATE.finditer(text, 0, pos))
    return dates[-1].group(1) if dates else None


def _sent_people() -> str:
    """A body's own people (data/sent_people.txt) as a regex alternation, longest first."""
    return "|".join(sorted(lexicon().sent_people, key=len, reverse=True))


def _pairs(s: SentenceView, subjects: list[Mention], targets: list[Mention], cue: int) -> list[tuple[Mention, Mention]]:
    """Every subject with every target; but 区财政局、区审计局分别包保龙翔街道和丰宁街道 pairs
    them in order (分别 = respectively), and names no pairs when the two lists differ in length."""
    subjects = sorted(subjects, key=lambda m: m.start)
    # 区民政局、区城管局等部门分别包联黄桶社区: one target is each subject's.
    if len(subjects) > 1 and "分别" in s.text[subjects[-1].end : cue] and len(targets) != 1:
        return list(zip(subjects, targets, strict=True)) if len(subjects) == len(targets) else []
    return [(a, b) for b in targets for a in subjects]
