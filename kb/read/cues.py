"""Character classes and line cues shared by the reading stage.

Kept in one place so that the normaliser (which must not join a heading to a byline)
and the article splitter (which parses that byline) agree on what a byline looks like.
"""

from __future__ import annotations

import re

from kb.wordlists import alternation, read_groups, read_words

from .base import DATE, HAN
from .pages import OUTLET_SUFFIX, OUTLET_TOKEN, header_parts, is_date_line, is_page_header

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
# `文/某某`, `图/某某`: a credit before a slash, by the role of who it names.
SLASH_CREDITS = read_groups("kb.read", "slash_credits.tsv")
_SLASH_CREDITS = "|".join(rf"{re.escape(w)}\s*[/／|｜丨]" for ws in SLASH_CREDITS.values() for w in sorted(ws, key=len, reverse=True))
SOURCE_WORDS = alternation(read_words("kb.read", "source_words.txt"))  # 来源, 稿源, 出处

# Marks that set a byline off (`■记者 张三`, `◎文/图 李四`).
BULLETS = "■●◆▲□◇★☆◎○▶►•"

# Lines that carry metadata rather than text: bylines, datelines, editor lines.
BYLINE_START = re.compile(
    # A byline may stand in brackets on a line of its own: `(本报记者 某某)`.
    r"^\s*[(（【\[]?\s*(?:[" + BULLETS + r"]\s*)?(?:作者\s*[:：]|" + _SLASH_CREDITS + "|"
    r"(?:" + _REPORTER_QUALIFIERS + r")?记者[\s ]|(?:" + _REPORTER_QUALIFIERS + r")?记者[" + HAN + r"]{2,4}(?:\s|$)|"
    r"本报记者|(?:" + _CORRESPONDENT_QUALIFIERS + r")?通讯员(?:[\s ]|[" + HAN + r"]{2,4}(?:\s|$))|"
    # `通讯员:某某` with its colon, but not an interview's `记者:那这里…?`: a name, then a space or the end.
    r"(?:记者|通讯员)\s*[:：]\s*[" + HAN + r"·]{2,4}(?:\s|$)|"
    r"[" + BULLETS + r"]\s*(?:本报)?记者)"
)
# `四川日报记者 钟雨桐`, `新华社记者 张三`: an outlet's reporter. Only a line without sentence
# punctuation, because `人民日报记者在现场看到,…。` is a sentence.
OUTLET_QUALIFIERS = rf"(?:{alternation(read_words('kb.read', 'outlet_reporter_qualifiers.txt'))}){{0,2}}"
OUTLET_BYLINE = re.compile(
    rf"^\s*[(（【\[]?\s*(?:[{BULLETS}]\s*)?[{HAN}·・]{{1,16}}?(?:{OUTLET_SUFFIX}){OUTLET_QUALIFIERS}记者"
)
# `责任编辑:王磊`, `(编辑:张三 审核:李四)`; 责任编辑 and 责编 say it without a colon too.
EDITOR_LINE = re.compile(
    rf"^\s*[(（【\[]?\s*(?:(?:{'|'.join(sorted(EDITOR_ROLES, key=len, reverse=True))})\s*[:：]|(?:{alternation(read_words('kb.read', 'editor_roles_without_colon.txt'))})\s+[{HAN}])"
)
# A source is labelled with a colon or, on some pages, a bar (`来源丨某某日报`).
SOURCE_SEPARATOR = "[:：|｜丨]"
SOURCE_LINE = re.compile(rf"(?:^|\s)(?:{SOURCE_WORDS})\s*{SOURCE_SEPARATOR}")
# A page widget sharing a byline's or a dateline's line: a bracketed group of font size,
# print or share (`作者:记者 某某 【字体:大 中 小】`).
BYLINE_WIDGET = re.compile(
    rf"[【\[(（][^】\])）]*(?:{alternation(read_words('kb.read', 'byline_widget_words.txt'))})[^】\])）]*[】\])）]"
)
DATE_PREFIX = re.compile(
    rf"^\s*(?:{alternation(read_words('kb.read', 'date_labels.txt'))})?\s*[:：]?\s*[(（]?\s*\d{{4}}\s*[-年/.]\s*\d{{1,2}}\s*[-月/.]"
)
# `《某某日报》(2022年04月25日 02版)`, also without the bracket or in figures (`《某某日报》2022-04-25`).
PAPER_EDITION = re.compile(r"^\s*《\s*[^》]{2,20}\s*》\s*[(（]?\s*\d{4}\s*[年\-/.]")
# A page's information field at the start of a line: a byline role, a date label, a source
# word or a counter with its colon (`发布者:某某`, `撰稿人:某某`, `浏览次数:1922`).
FIELD_LABELS = sorted(
    (
        *AUTHOR_ROLES, *CORRESPONDENT_ROLES, *EDITOR_ROLES,
        *read_words("kb.read", "date_labels.txt"),
        *read_words("kb.read", "source_words.txt"),
        *read_words("kb.read", "field_labels.txt"),
    ),
    key=len,
    reverse=True,
)
FIELD_LINE = re.compile(rf"^\s*[(（【\[]?\s*(?:{alternation(FIELD_LABELS)})\s*[:：]")
# `某某 2020-03-03`: a reporter's name and the date, alone on a line (a name of two or three
# characters: a longer word before a date is more often a heading).
NAME_DATE = re.compile(rf"^\s*([{HAN}·]{{2,3}})\s+(?:{DATE.pattern})\s*$")
# Words in a group of credits that are no names (`本报`, `综合整理`, `本站`).
NOT_NAMES = frozenset(read_words("kb.read", "credit_not_names.txt"))
# Names followed by what they made: `某某 某某 文/图`, `某某/文 某某/图`.
_MARKS = alternation(read_words("kb.read", "credit_marks.txt"))
MARKED_CREDITS = re.compile(
    rf"(?:[{HAN}·]{{2,4}}[\s、,，]+)+(?:{_MARKS})|(?:[{HAN}·]{{2,4}}\s*/\s*(?:{_MARKS})\s*)+"
)
# Separators of a breadcrumb or a row of links: a line with one before its date is no heading.
PATH_MARKS = "|｜>＞»›"
# How long a heading may be that a page prints on one line with the dateline after it.
GLUED_HEADING_MAX_CHARS = 40


def is_metadata_line(line: str) -> bool:
    """A byline, dateline, source or editor line: never part of a sentence. A heading with
    the dateline on its line (`某某标题 2022-02-17 来源:某某日报`) is one too: it is split in two."""
    s = line.strip()
    if not s or len(s) > 80:
        return False
    return (
        opens_report(s)
        or bool(EDITOR_LINE.match(s) or PAPER_EDITION.match(s))
        or glued_dateline(s) is not None
    )


def glued_dateline(line: str) -> int | None:
    """Where the dateline starts in `标题 2022-02-17 15:01 来源:某某日报`: a short heading, a
    space, then a line that opens a report by itself; None when `line` is no such pair (or
    opens a report as a whole, as `某某 2020-03-03` does)."""
    if opens_report(line) or EDITOR_LINE.match(line) or PAPER_EDITION.match(line):
        return None
    for m in DATE.finditer(line):
        start = m.start()
        head = line[:start]
        if not head.strip() or len(head.strip()) > GLUED_HEADING_MAX_CHARS or not head[-1].isspace():
            continue
        # `某某数字报 > 2022年04月12日 > …` is a path; `《某某报》(2022年…` an edition line;
        # `某某网 2022-04-05 【字号 大 中 小】` a page header with its widget.
        if any(ch in head for ch in PATH_MARKS) or unbalanced(head) or OUTLET_TOKEN.fullmatch(head.strip()):
            return None
        if "。" in head or head.rstrip()[-1] in CLAUSE_PUNCT:
            return None
        return start if opens_report(line[start:]) else None
    return None


def opens_report(line: str) -> bool:
    """A byline or a dateline (a page header is one too): the metadata that follows a title
    (editor lines and a paper's edition line close a report instead)."""
    s = BYLINE_WIDGET.sub(" ", line).strip()
    if not s or len(s) > 80:
        return False
    if BYLINE_START.match(s) or is_page_header(s) or is_date_line(s):
        return True
    # A date or source inside a sentence (`2022年4月7日,宝山区成立…。`) is text, not metadata.
    is_sentence = any(ch in FINAL_PUNCT + "，," for ch in s)
    return not is_sentence and bool(
        SOURCE_LINE.search(s)
        or DATE_PREFIX.match(s)
        or OUTLET_BYLINE.match(s)
        or (FIELD_LINE.match(s) and not EDITOR_LINE.match(s))
        or name_date_author(s) is not None
        or MARKED_CREDITS.fullmatch(s)
    )


def name_date_author(line: str) -> str | None:
    """The name of `某某 2020-03-03`; None for any other line (`星期一 2020-03-03` is a header)."""
    m = NAME_DATE.match(line)
    if not m or m.group(1) in NOT_NAMES or header_parts(line) is not None:
        return None
    return m.group(1)


def unbalanced(line: str) -> bool:
    """True when a quote or bracket opened in `line` is not closed in it."""
    depth = 0
    for ch in line:
        if ch in PAIRS:
            depth += 1
        elif ch in CLOSERS:
            depth = max(0, depth - 1)
    return depth > 0
