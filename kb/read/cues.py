"""Character classes and line cues shared by the reading stage.

Kept in one place so that the normaliser (which must not join a heading to a byline)
and the article splitter (which parses that byline) agree on what a byline looks like.
"""

from __future__ import annotations

import re

from kb.wordlists import alternation, read_groups, read_words

from .base import HAN
from .pages import OUTLET_SUFFIXES, is_date_line, is_page_header

HAN_CHAR = re.compile(f"[{HAN}]")

# A sentence ends here (a closing quote or bracket may still follow).
FINAL_PUNCT = "。！？!?…"
# Clause punctuation: a line ending in one of these is not finished.
CLAUSE_PUNCT = "，,、；;：:"
OPENERS = "“‘《〈「『(（[【"
CLOSERS = "”’》〉」』)）]】"
PAIRS = dict(zip("“‘《〈「『(（[【", "”’》〉」』)）]】", strict=True))

# Role words of a byline, longest first so that 本报记者 wins over 记者.
_ROLES = read_groups("kb.read", "byline_roles.tsv")
AUTHOR_ROLES = _ROLES["author"]
CORRESPONDENT_ROLES = _ROLES["correspondent"]
EDITOR_ROLES = _ROLES["editor"]
PHOTO_ROLES = _ROLES["photo"]
_REPORTER_QUALIFIERS = alternation(read_words("kb.read", "reporter_qualifiers.txt"))  # 本报记者, 特约记者
_CORRESPONDENT_QUALIFIERS = alternation(read_words("kb.read", "correspondent_qualifiers.txt"))  # 本报通讯员
_SLASH_CREDITS = "|".join(rf"{re.escape(w)}\s*[/／|]" for w in read_words("kb.read", "slash_credits.txt"))  # 文/, 图/
SOURCE_WORDS = alternation(read_words("kb.read", "source_words.txt"))  # 来源, 稿源, 出处

# Lines that carry metadata rather than text: bylines, datelines, editor lines.
BYLINE_START = re.compile(
    r"^\s*(?:[■●◆▲□◇★☆]\s*)?(?:作者\s*[:：]|" + _SLASH_CREDITS + "|"
    r"(?:" + _REPORTER_QUALIFIERS + r")?记者[\s ]|(?:" + _REPORTER_QUALIFIERS + r")?记者[" + HAN + r"]{2,4}(?:\s|$)|"
    r"本报记者|(?:" + _CORRESPONDENT_QUALIFIERS + r")?通讯员(?:[\s ]|[" + HAN + r"]{2,4}(?:\s|$))|"
    r"[■●◆▲□◇★☆]\s*(?:本报)?记者)"
)
# `四川日报记者 钟雨桐`, `新华社记者 张三`: an outlet's reporter. Only a line without sentence
# punctuation, because `人民日报记者在现场看到,…。` is a sentence.
OUTLET_BYLINE = re.compile(
    rf"^\s*(?:[■●◆▲□◇★☆]\s*)?[{HAN}]{{1,12}}?(?:{'|'.join(OUTLET_SUFFIXES)})"
    rf"(?:{alternation(read_words('kb.read', 'outlet_reporter_qualifiers.txt'))})?记者"
)
# `责任编辑:王磊`, `(编辑:张三 审核:李四)`; 责任编辑 and 责编 say it without a colon too.
EDITOR_LINE = re.compile(
    rf"^\s*[(（【\[]?\s*(?:(?:{'|'.join(sorted(EDITOR_ROLES, key=len, reverse=True))})\s*[:：]|(?:{alternation(read_words('kb.read', 'editor_roles_without_colon.txt'))})\s+[{HAN}])"
)
SOURCE_LINE = re.compile(rf"(?:^|\s)(?:{SOURCE_WORDS})\s*[:：]")
DATE_PREFIX = re.compile(
    rf"^\s*(?:{alternation(read_words('kb.read', 'date_labels.txt'))})?\s*[:：]?\s*[(（]?\s*\d{{4}}\s*[-年/.]\s*\d{{1,2}}\s*[-月/.]"
)
PAPER_EDITION = re.compile(r"^\s*《\s*[^》]{2,20}\s*》\s*[(（]\s*\d{4}\s*年")


def is_metadata_line(line: str) -> bool:
    """A byline, dateline, source or editor line: never part of a sentence."""
    s = line.strip()
    if not s or len(s) > 80:
        return False
    return opens_report(s) or bool(EDITOR_LINE.match(s) or PAPER_EDITION.match(s))


def opens_report(line: str) -> bool:
    """A byline or a dateline (a page header is one too): the metadata that follows a title
    (editor lines and a paper's edition line close a report instead)."""
    s = line.strip()
    if not s or len(s) > 80:
        return False
    if BYLINE_START.match(s) or is_page_header(s) or is_date_line(s):
        return True
    # A date or source inside a sentence (`2022年4月7日,宝山区成立…。`) is text, not metadata.
    is_sentence = any(ch in FINAL_PUNCT + "，," for ch in s)
    return not is_sentence and bool(SOURCE_LINE.search(s) or DATE_PREFIX.match(s) or OUTLET_BYLINE.match(s))


def unbalanced(line: str) -> bool:
    """True when a quote or bracket opened in `line` is not closed in it."""
    depth = 0
    for ch in line:
        if ch in PAIRS:
            depth += 1
        elif ch in CLOSERS:
            depth = max(0, depth - 1)
    return depth > 0
