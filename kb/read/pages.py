"""Newspaper page furniture: page headers, edition lines and jump markers.

A report copied from a newspaper page often brings the page's own lines along: a header
naming the outlet and the date (`长沙日报  2022年8月22日  星期一  第A03版`), a bare edition
line (`第A03版`), and jump markers where the report runs on to another page
(`(下转A04版)`, `(上接第1版)`). The header is metadata; the rest is furniture. Each is
recognised by what its tokens are, never by a particular outlet.
"""

from __future__ import annotations

import re

from kb.wordlists import alternation, read_list, read_words

from .base import CN_DATE, DATE, HAN

OUTLET_SUFFIXES = sorted(read_list("kb.read", "outlet_suffixes.txt"), key=len, reverse=True)
OUTLET_SUFFIX = alternation(OUTLET_SUFFIXES)  # escaped: a suffix may be a mark (`+`)
# An outlet token: a name ending in an outlet suffix. Latin letters are allowed because
# placeholders and some names use them (`XX日报`, `CCTV新闻网`).
OUTLET_TOKEN = re.compile(rf"[{HAN}A-Za-z]{{1,12}}?(?:{OUTLET_SUFFIX})")
# An outlet name on a line of its own (a masthead) needs a suffix of two characters or more:
# a one-character one (网, 报, 社, 台) ends too many titles (`织密防控网`).
MASTHEAD = re.compile(rf"[{HAN}A-Za-z]{{1,12}}?(?:{alternation([x for x in OUTLET_SUFFIXES if len(x) > 1])})")
_NUMERAL = r"[\d一二三四五六七八九十〇零]{1,3}"
# `第A03版`, `A03版`, `第4版`, `04版`, `第四版`; a section name may follow (`第A03版:要闻`).
EDITION = re.compile(rf"第?\s*[A-Za-z]{{0,2}}\s*{_NUMERAL}\s*版")
# In a header, an edition may also be printed without 版 (`A03`, `03`).
# Dates are taken out first, so a bare two-digit token left in a header is its page (`03  要闻`).
HEADER_EDITION = re.compile(rf"{EDITION.pattern}|(?<![A-Za-z\d])[A-Za-z]?\d{{1,2}}(?![\d.])")
WEEKDAY = re.compile(rf"(?:{alternation(read_words('kb.read', 'weekday_words.txt'))})[一二三四五六日天]")
LUNAR = re.compile(rf"农历[{HAN}]{{2,10}}")
ISSUE = re.compile(r"总?第\s*\d+\s*期|今日\s*\d+\s*版")  # `第12345期`, `今日8版`
SECTION = re.compile(rf"[{HAN}]{{2,6}}")
HEADER_SEPARATORS = re.compile(r"[\s|｜/／·•,，、:：()（）\[\]【】]+")
_EDITION_MARK = "\x00"
JUMP_WORDS = "|".join(sorted(read_list("kb.read", "jump_words.txt"), key=len, reverse=True))
JUMP = rf"[(（\[【]\s*(?:{JUMP_WORDS})\s*第?\s*[A-Za-z]{{0,2}}\s*{_NUMERAL}\s*版?\s*[)）\]】]"
JUMP_LINE = re.compile(rf"^\s*{JUMP}\s*$")
# A jump marker glued to the start or the end of a paragraph.
JUMP_HEAD = re.compile(rf"^\s*{JUMP}\s*")
JUMP_TAIL = re.compile(rf"\s*{JUMP}\s*$")
# A digital paper may label it: `当前版:03版`.
_EDITION_LABEL = rf"(?:(?:{alternation(read_words('kb.read', 'edition_labels.txt'))})\s*[:：]\s*)?"
EDITION_LINE = re.compile(rf"^\s*{_EDITION_LABEL}{EDITION.pattern}(?:\s*[:：·]?\s*[{HAN}]{{2,6}})?\s*$")
HEADER_MAX_CHARS = 60


def header_parts(line: str) -> tuple[str | None, bool, bool] | None:
    """(outlet, has a date, has an edition) when `line` is made only of page-header tokens
    (at most one outlet, a date, a weekday, a lunar date, an issue number, an edition with
    its section name), else None."""
    s = line.strip()
    if not s or len(s) > HEADER_MAX_CHARS:
        return None
    has_date = bool(DATE.search(s) or CN_DATE.search(s))
    rest = s
    for pattern in (DATE, CN_DATE, WEEKDAY, LUNAR, ISSUE):
        rest = pattern.sub(" ", rest)
    rest = HEADER_EDITION.sub(f" {_EDITION_MARK} ", rest)
    outlet, has_edition, previous = None, False, ""
    for token in (t for t in HEADER_SEPARATORS.split(rest) if t):
        if token == _EDITION_MARK:
            has_edition = True
        elif OUTLET_TOKEN.fullmatch(token) and outlet is None:
            outlet = token
        elif not (previous == _EDITION_MARK and SECTION.fullmatch(token)):  # `第A03版 要闻`
            return None
        previous = token
    return outlet, has_date, has_edition


def is_page_header(line: str) -> bool:
    """An outlet with a date or an edition (`哈尔滨日报 2022-11-03`, `2022年10月19日 郑州日报`,
    `长沙日报 第A03版`): the page the report was printed on."""
    parts = header_parts(line)
    return parts is not None and parts[0] is not None and (parts[1] or parts[2])


def is_date_line(line: str) -> bool:
    """A date with at most a weekday or an edition beside it (`二〇二二年八月二十二日 星期一`)."""
    parts = header_parts(line)
    return parts is not None and parts[0] is None and parts[1]


def is_header_part(line: str) -> bool:
    """A date or an edition with nothing but header tokens beside it and no outlet: what
    follows or precedes a masthead (`2022年8月22日 星期一`, `第A03版`)."""
    parts = header_parts(line)
    return parts is not None and parts[0] is None and (parts[1] or parts[2])


def is_masthead(line: str) -> bool:
    """`长沙日报` alone on a line: half of a page header printed in two lines."""
    return bool(MASTHEAD.fullmatch(line.strip()))


def header_outlet(line: str) -> str | None:
    """The outlet a page header or a masthead names."""
    if is_masthead(line):
        return line.strip()
    parts = header_parts(line)
    return parts[0] if parts and is_page_header(line) else None


def is_page_furniture(line: str) -> bool:
    """A jump marker or a bare edition line: the page's, not the report's."""
    return bool(JUMP_LINE.match(line) or EDITION_LINE.match(line))


# `— 3 —`, `- 12 -`, `第3页`: a page number on a line of its own.
PAGE_NUMBER_LINE = re.compile(r"^\s*(?:[—–\-－]+\s*\d{1,3}\s*[—–\-－]+|第\s*\d{1,3}\s*页)\s*$")


def is_page_break_line(line: str) -> bool:
    """A line a PDF page break puts into running text: page number, furniture, running header."""
    s = line.strip()
    if PAGE_NUMBER_LINE.match(s) or is_page_furniture(s) or (header_outlet(s) and header_parts(s)):
        return True
    # A running header may end in a section name and no edition: `兰州日报 2022年11月16日 星期三 要闻`.
    head, _, section = s.rpartition(" ")
    parts = header_parts(head) if head and SECTION.fullmatch(section) else None
    return bool(parts and parts[0] and parts[1])


def jump_free_span(paragraph: str) -> tuple[int, int]:
    """The span of `paragraph` left once a jump marker at either end is cut off."""
    start = m.end() if (m := JUMP_HEAD.match(paragraph)) else 0
    tail = JUMP_TAIL.search(paragraph, start)
    return start, tail.start() if tail else len(paragraph)
