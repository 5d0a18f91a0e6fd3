"""Metadata of a report: date, outlet, authors, correspondents, editors.

Read from metadata lines (bylines, datelines, `来源:`, editor lines, a paper's
edition line, a newspaper page header, a page's run of fields `发布者:… 发布时间:… 浏览次数:…`)
and from two places inside the text: a dateline lead (`临汾新闻网讯`, `新华社某地8月4日电`) and
the credits at the end of the last paragraph (`(王瑞琪 李辉)`, `(责任编辑:王磊)`,
`[编辑:张三 审核:李四]`, `(记者 某某/文 某某/图)`, `某某 文/图`).
All text here is already Simplified.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from kb.wordlists import alternation, read_words

from .base import CN_DATE, DATE, HAN, cn_number
from .cues import (
    AUTHOR_ROLES,
    BULLETS,
    BYLINE_WIDGET,
    CORRESPONDENT_ROLES,
    EDITOR_ROLES,
    FIELD_LABELS,
    MARKED_CREDITS,
    NOT_NAMES,
    OUTLET_QUALIFIERS,
    PHOTO_ROLES,
    SLASH_CREDITS,
    SOURCE_SEPARATOR,
    SOURCE_WORDS,
    name_date_author,
)
from .pages import OUTLET_SUFFIX, OUTLET_TOKEN, header_outlet

SOURCE = re.compile(rf"(?:{SOURCE_WORDS})\s*{SOURCE_SEPARATOR}\s*([^\s|｜丨,，;；()（）\[\]【】]+)")
# A date right after the source's name is the source's: `来源:某某日报 2022-04-30`.
OWN_DATE = re.compile(rf"[\s|｜/,，()（）]*(?:{DATE.pattern}|{CN_DATE.pattern})")
# `来源:本站原创` points back at the page's own site: it names no outlet.
SELF_SOURCES = frozenset(read_words("kb.read", "self_sources.txt"))
_DATELINE_MARKS = alternation(read_words("kb.read", "dateline_marks.txt"))  # 讯, 电
PAPER = re.compile(r"《\s*([^》]{2,20}?)\s*》\s*[(（]?\s*\d{4}\s*[年\-/.]")
# `临汾新闻网讯`, `新华社北京11月2日电`: the outlet that opens the lead.
# A second outlet may follow the first after a middle dot (`某某日报·某某客户端2月26日讯`); a page's
# outlet may lead its paper's after a dash (`某某新闻网-某某日报讯`: both are kept).
DATELINE_SOURCE = re.compile(
    rf"^\s*((?:[{HAN}]{{2,12}}?(?:{OUTLET_SUFFIX})[-－—])?"
    rf"[{HAN}]{{2,12}}?(?:{alternation(read_words('kb.read', 'dateline_outlet_suffixes.txt'))}))"
    rf"(?:[{HAN}·]{{0,12}}\d{{1,2}}月\d{{1,2}}日)?(?:{_DATELINE_MARKS})"
)
# The month and day of a lead's dateline: `新华社某地8月4日电`, `某某网2月24日讯`.
DATELINE_DAY = re.compile(rf"^\s*[{HAN}\d·]{{1,24}}?(\d{{1,2}})月(\d{{1,2}})日(?:{_DATELINE_MARKS})")
# The credits in brackets after the lead's dateline: `本报讯(记者 赵一鸣 通讯员 孙晓燕)11月2日,…`.
# A page's outlet may lead its paper's (`某某新闻网-某某日报讯(记者 某某)`).
_LEAD = rf"^\s*[{HAN}\d·\-－—]{{1,24}}?(?:{_DATELINE_MARKS})\s*"
LEAD_CREDITS = re.compile(rf"{_LEAD}[(（\[【]([^()（）\[\]【】]{{2,40}})[)）\]】]\s*[:：]?\s*")
# The same credits without brackets, closed by 报道: `某某日报讯 记者某某、通讯员某某报道:…`.
LEAD_REPORTED = re.compile(rf"{_LEAD}((?:{'|'.join(sorted(AUTHOR_ROLES + CORRESPONDENT_ROLES, key=len, reverse=True))})"
                           rf"[^。！？!?,，:：]{{1,40}}?)报道\s*[:：,，]?\s*")
# A paper and its client app joined by a middle dot (`某某日报·某某客户端记者`) are one outlet.
OUTLET = re.compile(rf"((?:[{HAN}]{{2,12}}?(?:{OUTLET_SUFFIX})[·・])?[{HAN}]{{1,12}}?(?:{OUTLET_SUFFIX}))$")
# What stands between an outlet and 记者 (`某某日报全媒体记者`) is no part of the outlet.
OUTLET_QUALIFIER_TAIL = re.compile(rf"{OUTLET_QUALIFIERS}$")
# `文/某某`, `图/某某`: a credit before a slash names an author like a role word does.
_SLASH_ROLES = [rf"{re.escape(w)}\s*[/|｜丨]" for w in sorted(sum(SLASH_CREDITS.values(), ()), key=len, reverse=True)]
SLASH_MARK = re.compile(r"\s*[/|｜丨]$")
ROLE = re.compile(
    "("
    + "|".join(
        sorted(AUTHOR_ROLES + CORRESPONDENT_ROLES + EDITOR_ROLES + PHOTO_ROLES, key=len, reverse=True)
        + _SLASH_ROLES
    )
    + ")"
)
# The names of a role end where the next field of the line begins: a known label anywhere
# (`张三 发布时间:…`, `李四发布时间:…`), any word with a colon after a space (`某某 网址:…`).
FIELD_STOP = re.compile(rf"(?:{alternation(FIELD_LABELS)})\s*[:：]|(?:^|(?<=\s))[{HAN}]{{2,6}}\s*[:：]")
NAME = re.compile(rf"^[{HAN}·]{{2,4}}$")
TWO_HAN = re.compile(rf"[{HAN}]{{2}}")
NAME_SEPARATORS = re.compile(rf"[\s、,，/／:：()（）\[\]【】{BULLETS}|｜丨]+")
# Credits glued to the end of a paragraph: a bracketed group (`(王瑞琪 李辉)`, `[责任编辑:王磊]`),
# an editor line without brackets (`…取得实效。责任编辑:王磊`) or names with marks (`某某 文/图`).
TRAILING_BRACKET = re.compile(r"\s*[(（\[【]([^()（）\[\]【】]{1,40})[)）\]】]\s*$")
TRAILING_EDITOR = re.compile(
    rf"\s*((?:{'|'.join(sorted(EDITOR_ROLES, key=len, reverse=True))})\s*[:：][^。！？!?…]{{1,40}})$"
)
TRAILING_MARKED = re.compile(rf"\s*({MARKED_CREDITS.pattern})\s*$")
TRAILING_MARKED_WINDOW = 40
SENTENCE_END = "。！？!?…”"
# End marks that may sit among the credits: `…。(完)(责任编辑:王磊)`.
END_MARKS = frozenset(read_words("kb.read", "end_marks.txt"))


@dataclass
class Metadata:
    date: str | None = None
    source: str | None = None
    authors: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    # Lower is better: 来源 lines beat a paper's edition line, which beats an outlet in a byline.
    source_rank: int = 99
    # Lower is better: the report's own date (a paper's edition line, a date given with the
    # source, a page header) beats the lead's dateline, which beats the date the page was posted
    # (a mirror's re-publication date when the page shows both).
    date_rank: int = 99

    def merge(self, other: Metadata) -> None:
        if other.date and other.date_rank < self.date_rank:
            # The same day given with its time by a lesser source keeps its time.
            if not (self.date and self.date.startswith(other.date)):
                self.date = other.date
            self.date_rank = other.date_rank
        elif other.date and self.date and other.date.startswith(self.date):
            self.date = other.date
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


EDITION_DATE, HEADER_DATE, DATELINE_DATE, POSTED_DATE = range(4)


def parse_metadata_line(line: str) -> Metadata:
    line = BYLINE_WIDGET.sub(" ", line)  # `某某网 2022-04-05 【字号 大 中 小】`
    meta = Metadata(date=parse_date(line), date_rank=POSTED_DATE)
    if m := SOURCE.search(line):
        if m.group(1) not in SELF_SOURCES:
            meta.source, meta.source_rank = m.group(1), 0
        if own := OWN_DATE.match(line, m.end()):  # `来源:某某日报 2022-04-30`: the source's own date
            meta.date, meta.date_rank = parse_date(own.group()), EDITION_DATE
    elif m := PAPER.search(line):
        meta.source, meta.source_rank, meta.date_rank = m.group(1), 1, EDITION_DATE
    elif outlet := header_outlet(line):  # a page header or masthead names the paper like an edition line
        meta.source, meta.source_rank, meta.date_rank = outlet, 1, HEADER_DATE
    else:  # `某某日报讯(记者 某某)` on a line of its own
        meta.merge(dateline_source(line))
    if author := name_date_author(line):  # `某某 2020-03-03`
        meta.authors.append(author)
    elif names := marked_names(line):  # `某某 文/图`
        meta.authors.extend(names)
    else:
        meta.merge(parse_byline(line))
    return meta


def marked_names(text: str) -> list[str]:
    """`某某 某某 文/图`, `某某/文 某某/图` -> the names; [] for anything else."""
    if not MARKED_CREDITS.fullmatch(text.strip()):
        return []
    return [n for n in NAME_SEPARATORS.split(text) if NAME.match(n) and n not in NOT_NAMES]


def dateline_date(paragraph: str, meta: Metadata) -> Metadata:
    """The day of the lead's dateline (`新华社某地8月4日电`), in the year of the page's date: the
    report's own day when the page was posted later. Nothing without a page date to give the
    year, or when the page's date is that day already (it may carry the time)."""
    m = DATELINE_DAY.match(paragraph)
    if not m or not meta.date or meta.date_rank < DATELINE_DATE:
        return Metadata()
    page = datetime.fromisoformat(meta.date)
    month, day = int(m.group(1)), int(m.group(2))
    if (month, day) == (page.month, page.day):
        return Metadata()
    try:
        when = datetime(page.year, month, day)
        if when > page:  # a December dateline on a page posted in January
            when = datetime(page.year - 1, month, day)
    except ValueError:
        return Metadata()
    return Metadata(date=when.strftime("%Y-%m-%d"), date_rank=DATELINE_DATE)


def parse_byline(line: str) -> Metadata:
    """`文/茂名晚报记者陈琴 通讯员黄林明 邱秋梅` -> authors, correspondents, outlet."""
    meta = Metadata()
    line = BYLINE_WIDGET.sub(" ", line)  # `作者:记者 汪晓雯 【字体:大 中 小】`
    parts = ROLE.split(line)
    # parts: [before, role, names, role, names, ...]
    prefix = NAME_SEPARATORS.sub(" ", parts[0]).split()
    if prefix and (outlet := outlet_of(prefix[-1])):
        meta.source, meta.source_rank = outlet, 3
    roles = parts[1::2]
    for i, (role, segment) in enumerate(zip(roles, parts[2::2], strict=True)):
        segment = FIELD_STOP.split(segment, maxsplit=1)[0]  # `作者:某某 发布时间:…`
        tokens = name_tokens(segment)
        # An outlet right before the next role is that reporter's: `文/某某日报记者 某某`.
        if i + 1 < len(roles) and tokens and (outlet := outlet_of(tokens[-1])):
            if meta.source is None:
                meta.source, meta.source_rank = outlet, 3
            tokens.pop()
        names = [n for n in tokens if NAME.match(n) and n not in NOT_NAMES]
        if role in CORRESPONDENT_ROLES:
            target = meta.correspondents
        elif role in EDITOR_ROLES:
            target = meta.editors
        elif role in PHOTO_ROLES or SLASH_MARK.sub("", role) in SLASH_CREDITS["photo"]:
            continue
        else:
            target = meta.authors
        target.extend(n for n in names if n not in target)
    return meta


def outlet_of(token: str) -> str | None:
    """The outlet a byline token ends in (`某某日报`, `某某日报全媒体` -> `某某日报`), else None."""
    m = OUTLET.search(OUTLET_QUALIFIER_TAIL.sub("", token))
    # `本网`, `本报`: the page's own outlet, which this names no more than `来源:本站原创` does.
    return m.group(1) if m and not m.group(1).startswith("本") else None


def dateline_source(paragraph: str) -> Metadata:
    """`临汾新闻网讯 全市…`, `新华社北京11月2日电 …` -> the outlet."""
    meta = Metadata()
    if (m := DATELINE_SOURCE.match(paragraph)) and not m.group(1).startswith("本"):
        meta.source, meta.source_rank = m.group(1), 2
    return meta


def lead_credits(paragraph: str) -> tuple[int, Metadata] | None:
    """`本报讯(记者 赵一鸣 通讯员 孙晓燕)11月2日,…`, `某某讯 记者某某报道:…`, `某某电(某某、某某)`
    -> (where the text proper starts, the names)."""
    m = LEAD_CREDITS.match(paragraph) or LEAD_REPORTED.match(paragraph)
    if not m:
        return None
    if not ROLE.search(m.group(1)):
        # `某某网某地3月15日电 (某某、某某)`: a news agency's reporters, unlabelled, after a dated
        # dateline; names of two or three characters (`据某某讯(中央党校)` names a source).
        names = bare_names(m.group(1)) if DATELINE_DAY.match(paragraph) else []
        ok = names and all(len(n) <= 3 for n in names)
        return (m.end(), Metadata(authors=names)) if ok else None
    if not is_credit(m.group(1)):
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
    while m := (
        TRAILING_BRACKET.search(paragraph, 0, cut)
        or TRAILING_EDITOR.search(paragraph, 0, cut)
        or TRAILING_MARKED.search(paragraph, max(0, cut - TRAILING_MARKED_WINDOW), cut)
    ):
        inner = m.group(1).strip()
        before = paragraph[: m.start()].rstrip()
        if inner in END_MARKS:
            cut = m.start()
            continue
        if names := marked_names(inner):  # `…。某某 文/图`: after a sentence end only
            if not (before and before[-1] in SENTENCE_END):
                break
            meta.merge(Metadata(authors=names))
        elif (source := SOURCE.match(inner)) and m.re is TRAILING_BRACKET:  # `(来源:某某日报 记者 某某)`
            rest = inner[source.end() :]
            if rest.strip() and not (ROLE.search(rest) and is_credit(rest)):
                break
            meta.merge(parse_byline(rest) if rest.strip() else Metadata())
            if source.group(1) not in SELF_SOURCES:
                meta.merge(Metadata(source=source.group(1), source_rank=0))
        elif ROLE.search(inner):
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


def name_tokens(segment: str) -> list[str]:
    """The tokens of a run of names. Pages pad a two-character name to the width of three
    (`王　明`), so two single characters in a row are one name."""
    tokens: list[str] = []
    for t in NAME_SEPARATORS.split(segment):
        if tokens and TWO_HAN.fullmatch(tokens[-1] + t):
            tokens[-1] += t
        elif t:
            tokens.append(t)
    return tokens


def bare_names(group: str) -> list[str]:
    """`王瑞琪 李辉` -> the names; [] when any token is not a name (`新华社`, `小区 等`)."""
    tokens = name_tokens(group)
    if ":" in group or "：" in group:  # `撰稿人:某某`: a label, not a name
        return []
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
    tokens = [t for segment in parts[2::2] for t in name_tokens(segment)]
    return all(NAME.match(t) or t in NOT_NAMES for t in tokens)
