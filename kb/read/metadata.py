"""Metadata of a report: date, outlet, authors, correspondents, editors.

Read from metadata lines (bylines, datelines, `来源:`, editor lines, a paper's
edition line, a newspaper page header) and from two places inside the text: a dateline
lead (`临汾新闻网讯`) and the credits at the end of the last paragraph (`(王瑞琪 李辉)`,
`(责任编辑:王磊)`, `[编辑:张三 审核:李四]`).
All text here is already Simplified.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from kb.wordlists import alternation, read_words

from .base import CN_DATE, DATE, HAN, cn_number
from .cues import AUTHOR_ROLES, CORRESPONDENT_ROLES, EDITOR_ROLES, PHOTO_ROLES, SOURCE_WORDS
from .pages import OUTLET_SUFFIXES, OUTLET_TOKEN, header_outlet

SOURCE = re.compile(rf"(?:{SOURCE_WORDS})\s*[:：]\s*([^\s|,，;；]+)")
_DATELINE_MARKS = alternation(read_words("kb.read", "dateline_marks.txt"))  # 讯, 电
PAPER = re.compile(r"《\s*([^》]{2,20}?)\s*》\s*[(（]\s*\d{4}\s*年")
# `临汾新闻网讯`, `新华社北京11月2日电`: the outlet that opens the lead.
DATELINE_SOURCE = re.compile(
    rf"^\s*([{HAN}]{{2,12}}?(?:{alternation(read_words('kb.read', 'dateline_outlet_suffixes.txt'))}))"
    rf"(?:[{HAN}]{{0,8}}\d{{1,2}}月\d{{1,2}}日)?(?:{_DATELINE_MARKS})"
)
# The credits in brackets after the lead's dateline: `本报讯(记者 赵一鸣 通讯员 孙晓燕)11月2日,…`.
LEAD_CREDITS = re.compile(
    rf"^\s*[{HAN}\d]{{1,24}}?(?:{_DATELINE_MARKS})\s*[(（\[【]([^()（）\[\]【】]{{2,40}})[)）\]】]\s*"
)
OUTLET = re.compile(rf"([{HAN}]{{1,12}}?(?:{'|'.join(OUTLET_SUFFIXES)}))$")
ROLE = re.compile(
    "("
    + "|".join(sorted(AUTHOR_ROLES + CORRESPONDENT_ROLES + EDITOR_ROLES + PHOTO_ROLES, key=len, reverse=True))
    + ")"
)
NAME = re.compile(rf"^[{HAN}·]{{2,4}}$")
NAME_SEPARATORS = re.compile(r"[\s、,，/／:：()（）\[\]【】■●◆▲□◇★☆|]+")
# Credits glued to the end of a paragraph: a bracketed group (`(王瑞琪 李辉)`, `[责任编辑:王磊]`)
# or an editor line without brackets (`…取得实效。责任编辑:王磊`).
TRAILING_BRACKET = re.compile(r"\s*[(（\[【]([^()（）\[\]【】]{1,40})[)）\]】]\s*$")
TRAILING_EDITOR = re.compile(
    rf"\s*((?:{'|'.join(sorted(EDITOR_ROLES, key=len, reverse=True))})\s*[:：][^。！？!?…]{{1,40}})$"
)
SENTENCE_END = "。！？!?…”"
# End marks that may sit among the credits: `…。(完)(责任编辑:王磊)`.
END_MARKS = frozenset(read_words("kb.read", "end_marks.txt"))
NOT_NAMES = frozenset(read_words("kb.read", "credit_not_names.txt"))


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
    found = [(m.start(), m.groups()) for m in DATE.finditer(line)]
    found += [(m.start(), (*map(cn_number, m.groups()), None, None)) for m in CN_DATE.finditer(line)]
    for _, (y, mo, d, h, mi) in sorted(found, key=lambda f: f[0]):
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
    elif outlet := header_outlet(line):  # a page header or masthead names the paper like an edition line
        meta.source, meta.source_rank = outlet, 1
    byline = parse_byline(line)
    meta.merge(byline)
    return meta


# A page widget sharing the byline's line: a bracketed group of font size, print or share.
BYLINE_WIDGET = re.compile(
    rf"[【\[(（][^】\])）]*(?:{alternation(read_words('kb.read', 'byline_widget_words.txt'))})[^】\])）]*[】\])）]")


def parse_byline(line: str) -> Metadata:
    """`文/茂名晚报记者陈琴 通讯员黄林明 邱秋梅` -> authors, correspondents, outlet."""
    meta = Metadata()
    line = BYLINE_WIDGET.sub(" ", line)  # `作者:记者 汪晓雯 【字体:大 中 小】`
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
    """`临汾新闻网讯 全市…`, `新华社北京11月2日电 …` -> the outlet."""
    meta = Metadata()
    if (m := DATELINE_SOURCE.match(paragraph)) and not m.group(1).startswith("本"):
        meta.source, meta.source_rank = m.group(1), 2
    return meta


def lead_credits(paragraph: str) -> tuple[int, Metadata] | None:
    """`本报讯(记者 赵一鸣 通讯员 孙晓燕)11月2日,…` -> (where the text proper starts, the names)."""
    m = LEAD_CREDITS.match(paragraph)
    if not m or not ROLE.search(m.group(1)) or not is_credit(m.group(1)):
        return None
    meta = parse_byline(m.group(1))
    return (m.end(), meta) if meta.authors or meta.correspondents or meta.editors else None


def trailing_byline(paragraph: str) -> tuple[int, Metadata] | None:
    """`…提供坚强组织保证。(王瑞琪 李辉)(责任编辑:王磊)` -> (where the credits start, their names);
    None when the paragraph ends in no credits.

    Credits are peeled off the end one group at a time. A group with role words must be
    made of role words and names only; a group of bare names must follow a sentence end,
    so that `党员下沉到社区(小区)` keeps its bracket."""
    meta = Metadata()
    cut = len(paragraph)
    while m := TRAILING_BRACKET.search(paragraph, 0, cut) or TRAILING_EDITOR.search(paragraph, 0, cut):
        inner = m.group(1).strip()
        before = paragraph[: m.start()].rstrip()
        if inner in END_MARKS:
            cut = m.start()
            continue
        if ROLE.search(inner):
            if not is_credit(inner):
                break
            meta.merge(parse_byline(inner))
        elif before and before[-1] in SENTENCE_END and (names := bare_names(inner)):
            meta.merge(Metadata(authors=names))
        else:
            break
        cut = m.start()
    # Credits without a name we keep (`(摄影:王强)`, `(完)`) are cut all the same: they are no text.
    return None if cut == len(paragraph) else (cut, meta)


def bare_names(group: str) -> list[str]:
    """`王瑞琪 李辉` -> the names; [] when any token is not a name (`新华社`, `小区 等`)."""
    tokens = [t for t in NAME_SEPARATORS.split(group) if t]
    if not tokens or any(not NAME.match(t) or t in NOT_NAMES or OUTLET_TOKEN.fullmatch(t) for t in tokens):
        return []
    return tokens


def is_credit(group: str) -> bool:
    """Role words and names only (an outlet may lead: `新华社记者 张三`), not a clause that
    happens to hold a role word (`记者采访了社区书记`)."""
    parts = ROLE.split(group)
    lead = [t for t in NAME_SEPARATORS.split(parts[0]) if t]
    if any(not (OUTLET_TOKEN.fullmatch(t) or t in NOT_NAMES) for t in lead):
        return False
    tokens = [t for segment in parts[2::2] for t in NAME_SEPARATORS.split(segment) if t]
    return all(NAME.match(t) or t in NOT_NAMES for t in tokens)
