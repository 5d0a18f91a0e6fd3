"""Metadata of a report: date, outlet, authors, correspondents, editors.

Read from metadata lines (bylines, datelines, `来源:`, editor lines, a paper's
edition line) and from two places inside the text: a dateline lead (`临汾新闻网讯`)
and a trailing byline in brackets at the end of the last paragraph (`(王瑞琪 李辉)`).
All text here is already Simplified.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from .cues import AUTHOR_ROLES, CORRESPONDENT_ROLES, EDITOR_ROLES, HAN, PHOTO_ROLES

DATE = re.compile(
    r"(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?"
    r"(?:\s*(\d{1,2})\s*[:：]\s*(\d{2})(?!\d))?"
)
SOURCE = re.compile(r"(?:来源|稿源|出处)\s*[:：]\s*([^\s|,，;；]+)")
PAPER = re.compile(r"《\s*([^》]{2,20}?)\s*》\s*[(（]\s*\d{4}\s*年")
DATELINE_SOURCE = re.compile(rf"^\s*([{HAN}]{{2,12}}?(?:网|报|台|社))讯")
OUTLET = re.compile(rf"([{HAN}]{{2,12}}?(?:日报|晚报|早报|报社|新闻网|网|报|电视台|广播电视台|台|社))$")
ROLE = re.compile(
    "("
    + "|".join(sorted(AUTHOR_ROLES + CORRESPONDENT_ROLES + EDITOR_ROLES + PHOTO_ROLES, key=len, reverse=True))
    + ")"
)
NAME = re.compile(rf"^[{HAN}·]{{2,4}}$")
NAME_SEPARATORS = re.compile(r"[\s、,，/／:：()（）\[\]【】■●◆▲□◇★☆|]+")
TRAILING_BYLINE = re.compile(
    rf"(?<=[。！？!?…”])\s*[(（]\s*((?:[{HAN}]{{2,4}}[\s、,，]*)+?(?:[{HAN}]{{2,4}}))\s*[)）]\s*$"
)
NOT_NAMES = frozenset({"本报", "报道", "综合", "整理", "供稿", "摄影", "通讯", "编辑"})


@dataclass
class Metadata:
    date: str | None = None
    source: str | None = None
    authors: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    # Lower is better: 来源 lines beat a paper's edition line, which beats an outlet in a byline.
    source_rank: int = 99

    def merge(self, other: Metadata) -> None:
        self.date = self.date or other.date
        if other.source and other.source_rank < self.source_rank:
            self.source, self.source_rank = other.source, other.source_rank
        for mine, theirs in (
            (self.authors, other.authors),
            (self.correspondents, other.correspondents),
            (self.editors, other.editors),
        ):
            mine.extend(n for n in theirs if n not in mine)
        self.correspondents[:] = [n for n in self.correspondents if n not in self.authors]


def parse_date(line: str) -> str | None:
    """ISO-8601 of the first full date in `line` (with the time when it follows)."""
    for m in DATE.finditer(line):
        y, mo, d, h, mi = m.groups()
        try:
            when = datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0))
        except ValueError:
            continue
        return when.strftime("%Y-%m-%dT%H:%M") if h else when.strftime("%Y-%m-%d")
    return None


def parse_metadata_line(line: str) -> Metadata:
    meta = Metadata(date=parse_date(line))
    if m := SOURCE.search(line):
        meta.source, meta.source_rank = m.group(1), 0
    elif m := PAPER.search(line):
        meta.source, meta.source_rank = m.group(1), 1
    byline = parse_byline(line)
    meta.merge(byline)
    return meta


def parse_byline(line: str) -> Metadata:
    """`文/茂名晚报记者陈琴 通讯员黄林明 邱秋梅` -> authors, correspondents, outlet."""
    meta = Metadata()
    parts = ROLE.split(line)
    # parts: [before, role, names, role, names, ...]
    prefix = NAME_SEPARATORS.sub(" ", parts[0]).split()
    if prefix and (m := OUTLET.search(prefix[-1].removeprefix("文").removeprefix("图"))):
        meta.source, meta.source_rank = m.group(1), 3
    for role, segment in zip(parts[1::2], parts[2::2], strict=True):
        names = [n for n in NAME_SEPARATORS.split(segment) if NAME.match(n) and n not in NOT_NAMES]
        if role in CORRESPONDENT_ROLES:
            target = meta.correspondents
        elif role in EDITOR_ROLES:
            target = meta.editors
        elif role in PHOTO_ROLES:
            continue
        else:
            target = meta.authors
        target.extend(n for n in names if n not in target)
    return meta


def dateline_source(paragraph: str) -> Metadata:
    """`临汾新闻网讯 全市…` -> source 临汾新闻网."""
    meta = Metadata()
    if (m := DATELINE_SOURCE.match(paragraph)) and not m.group(1).startswith("本"):
        meta.source, meta.source_rank = m.group(1), 2
    return meta


def trailing_byline(paragraph: str) -> tuple[int, Metadata] | None:
    """`…提供坚强组织保证。(王瑞琪 李辉)` -> (offset of the bracket, authors)."""
    m = TRAILING_BYLINE.search(paragraph)
    if not m:
        return None
    inner = m.group(1)
    meta = (
        parse_byline(inner) if ROLE.search(inner) else Metadata(authors=NAME_SEPARATORS.split(inner.strip()))
    )
    meta.authors = [n for n in meta.authors if NAME.match(n)]
    return (m.start(), meta) if meta.authors or meta.correspondents or meta.editors else None
