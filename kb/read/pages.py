"""Newspaper page furniture: page headers, edition lines and jump markers.

A report copied from a newspaper page often brings the page's own lines along: a header
naming the outlet and the date (`长沙日报  2022年8月22日  星期一  第A03版`), a bare edition
line (`第A03版`), and jump markers where the report runs on to another page
(`(下转A04版)`, `(上接第1版)`). The header is metadata; the rest is furniture. Each is
recognised by what its tokens are, never by a particular outlet.
"""

from __future__ import annotations

import re

from .base import DATE, HAN, read_cue_list

OUTLET_SUFFIXES = sorted(read_cue_list("outlet_suffixes.txt"), key=len, reverse=True)
# An outlet token: a name ending in an outlet suffix. Latin letters are allowed because
# placeholders and some names use them (`XX日报`, `CCTV新闻网`).
OUTLET_TOKEN = re.compile(rf"[{HAN}A-Za-z]{{1,12}}?(?:{'|'.join(OUTLET_SUFFIXES)})")
_NUMERAL = r"[\d一二三四五六七八九十〇零]{1,3}"
# `第A03版`, `A03版`, `第4版`, `04版`, `第四版`, with a section name after a colon (`第A03版:要闻`).
EDITION = re.compile(rf"第?\s*[A-Za-z]{{0,2}}\s*{_NUMERAL}\s*版(?:\s*[:：·]\s*[{HAN}]{{2,8}})?")
WEEKDAY = re.compile(r"(?:星期|礼拜|周)[一二三四五六日天]")
LUNAR = re.compile(rf"农历[{HAN}]{{2,10}}")
HEADER_SEPARATORS = re.compile(r"[\s|｜/／·•,，、()（）\[\]【】]+")
JUMP_WORDS = "|".join(sorted(read_cue_list("jump_words.txt"), key=len, reverse=True))
JUMP = rf"[(（\[【]\s*(?:{JUMP_WORDS})\s*第?\s*[A-Za-z]{{0,2}}\s*{_NUMERAL}\s*版?\s*[)）\]】]"
JUMP_LINE = re.compile(rf"^\s*{JUMP}\s*$")
# A jump marker glued to the start or the end of a paragraph.
JUMP_HEAD = re.compile(rf"^\s*{JUMP}\s*")
JUMP_TAIL = re.compile(rf"\s*{JUMP}\s*$")
EDITION_LINE = re.compile(rf"^\s*{EDITION.pattern}\s*$")
HEADER_MAX_CHARS = 60


def header_parts(line: str) -> tuple[str | None, bool, bool] | None:
    """(outlet, has a date, has an edition) when `line` is made only of page-header tokens
    (an outlet, a date, a weekday, a lunar date, an edition), else None."""
    s = line.strip()
    if not s or len(s) > HEADER_MAX_CHARS:
        return None
    has_date = bool(DATE.search(s))
    rest = DATE.sub(" ", s)
    has_edition = bool(EDITION.search(rest))
    for pattern in (EDITION, WEEKDAY, LUNAR):
        rest = pattern.sub(" ", rest)
    tokens = [t for t in HEADER_SEPARATORS.split(rest) if t]
    if len(tokens) > 1 or any(not OUTLET_TOKEN.fullmatch(t) for t in tokens):
        return None
    return (tokens[0] if tokens else None), has_date, has_edition


def is_page_header(line: str) -> bool:
    """An outlet with a date or an edition (`哈尔滨日报 2022-11-03`, `2022年10月19日 郑州日报`,
    `长沙日报 第A03版`): the page the report was printed on."""
    parts = header_parts(line)
    return parts is not None and parts[0] is not None and (parts[1] or parts[2])


def header_outlet(line: str) -> str | None:
    parts = header_parts(line)
    return parts[0] if parts and is_page_header(line) else None


def is_page_furniture(line: str) -> bool:
    """A jump marker or a bare edition line: the page's, not the report's."""
    return bool(JUMP_LINE.match(line) or EDITION_LINE.match(line))


def jump_free_span(paragraph: str) -> tuple[int, int]:
    """The span of `paragraph` left once a jump marker at either end is cut off."""
    start = m.end() if (m := JUMP_HEAD.match(paragraph)) else 0
    tail = JUMP_TAIL.search(paragraph, start)
    return start, tail.start() if tail else len(paragraph)
