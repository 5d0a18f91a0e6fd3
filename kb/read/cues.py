"""Character classes and line cues shared by the reading stage.

Kept in one place so that the normaliser (which must not join a heading to a byline)
and the article splitter (which parses that byline) agree on what a byline looks like.
"""

from __future__ import annotations

import re

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
AUTHOR_ROLES = ("本报记者", "本报特约记者", "特约记者", "见习记者", "实习记者", "实习生", "记者", "作者")
CORRESPONDENT_ROLES = ("本报通讯员", "特约通讯员", "通讯员")
EDITOR_ROLES = (
    "责任编辑", "编辑", "责编", "审核", "校对", "编审", "审校", "初审", "复审", "终审", "版式设计", "美编", "排版", "监制",
)  # fmt: skip
PHOTO_ROLES = ("摄影", "图片", "摄")

# Lines that carry metadata rather than text: bylines, datelines, editor lines.
BYLINE_START = re.compile(
    r"^\s*(?:[■●◆▲□◇★☆]\s*)?(?:作者\s*[:：]|文\s*[/／|]|图\s*[/／|]|文图\s*[/／|]|"
    r"(?:本报|特约|见习|实习)?记者[\s ]|(?:本报|特约|见习|实习)?记者[" + HAN + r"]{2,4}(?:\s|$)|"
    r"本报记者|(?:本报|特约)?通讯员(?:[\s ]|[" + HAN + r"]{2,4}(?:\s|$))|[■●◆▲□◇★☆]\s*(?:本报)?记者)"
)
# `四川日报记者 钟雨桐`, `新华社记者 张三`: an outlet's reporter. Only a line without sentence
# punctuation, because `人民日报记者在现场看到,…。` is a sentence.
OUTLET_BYLINE = re.compile(
    rf"^\s*(?:[■●◆▲□◇★☆]\s*)?[{HAN}]{{1,12}}?(?:{'|'.join(OUTLET_SUFFIXES)})"
    r"(?:特约|见习|实习|首席)?记者"
)
# `责任编辑:王磊`, `(编辑:张三 审核:李四)`; 责任编辑 and 责编 say it without a colon too.
EDITOR_LINE = re.compile(
    rf"^\s*[(（【\[]?\s*(?:(?:{'|'.join(sorted(EDITOR_ROLES, key=len, reverse=True))})\s*[:：]|(?:责任编辑|责编)\s+[{HAN}])"
)
SOURCE_LINE = re.compile(r"(?:^|\s)(?:来源|稿源|出处)\s*[:：]")
DATE_PREFIX = re.compile(
    r"^\s*(?:发布时间|发表时间|时间|日期|发布日期)?\s*[:：]?\s*[(（]?\s*\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]"
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
