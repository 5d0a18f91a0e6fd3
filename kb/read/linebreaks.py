"""Is a line break a paragraph break, or a cut made by a PDF copy-paste or a scraper?

A report reaches us with breaks inside words (`临时党支\\n\\n部`) and also with
genuine short lines: titles, section headings, bylines. Both end without
sentence-final punctuation, so the decision looks at the line before the break
(`line`) and at the text after it (`following`: the next line, `rest`: the whole
block it begins once its own broken lines are joined, `after`: the line after it).

The break is a paragraph break when the line finishes a sentence, when either side
is metadata (a byline, a dateline), a caption or page furniture, or when the line has the shape of a heading:
short, balanced, at most one clause, not ending in a function word, and followed by
text that starts a sentence of its own. Everything else is a cut and is joined.
"""

from __future__ import annotations

import re

from kb.wordlists import read_chars, read_list

from .boilerplate import is_widget, says_caption
from .cues import (
    CLAUSE_PUNCT,
    CLOSERS,
    FINAL_PUNCT,
    HAN_CHAR,
    OPENERS,
    is_metadata_line,
    unbalanced,
)
from .metadata import trailing_byline
from .pages import is_page_furniture
from .site import is_site_furniture

HEADING_MAX_CHARS = 40
# A text that reaches its first full stop this soon began in the previous line (`关爱保障机制。…`).
FRAGMENT_MAX_CHARS = 8
# A first clause this short (`部,` `党组织,`) is the tail of a cut word or phrase …
TAIL_MAX_CHARS = 3
# … unless it is one of the words that open a paragraph of news.
PARAGRAPH_OPENERS = frozenset(read_list("kb.read", "paragraph_openers.txt"))
# Characters a heading does not end with: they need something after them.
DANGLING = frozenset(read_chars("kb.read", "dangling_chars.txt"))
_CLAUSE_END = re.compile(f"[{re.escape(CLAUSE_PUNCT + FINAL_PUNCT)}]")
_FINAL = re.compile(f"[{re.escape(FINAL_PUNCT)}]")
_INDENT = re.compile(r"(?:\u3000|[ \t]{2})[\u3000 \t]*\S")


def ends_sentence(line: str) -> bool:
    core = line.rstrip().rstrip(CLOSERS + " ")
    return bool(core) and core[-1] in FINAL_PUNCT


def is_continuation(line: str, following: str, rest: str, after: str = "") -> bool:
    """Should the break between `line` and `following` be removed? `after` is the line after
    `following`: a short line above a byline is a title, whatever precedes it."""
    # A line indented like a paragraph body (`\u3000\u3000…`, as PDF copies of newspapers are)
    # is running text, never a heading, however short its cut left it.
    indented = bool(_INDENT.match(line))
    line, following, rest = line.strip(), following.strip(), rest.strip()
    if not line or not following or ends_sentence(line):
        return False
    if trailing_byline(line):  # `…取得实效。(责任编辑:王磊)` closes its paragraph
        return False
    if is_metadata_line(line) or is_metadata_line(following):
        return False
    if says_caption(line) or says_caption(following):
        return False
    if is_widget(line) or is_widget(following):  # `延伸阅读:` heads a list of links, not a sentence
        return False
    if is_page_furniture(line) or is_page_furniture(following):  # `(上接第1版)`, `第A03版`
        return False
    # `地址:… 电话:…`, `版权所有 …` stand alone; a footer's label ending its line (`客服热线:`)
    # still runs on to its value.
    if (is_site_furniture(line) and line[-1] not in CLAUSE_PUNCT) or is_site_furniture(following):
        return False
    if len(following) <= HEADING_MAX_CHARS and not ends_sentence(following) and is_metadata_line(after):
        return False
    if following[0] in CLAUSE_PUNCT + FINAL_PUNCT or (
        following[0] in CLOSERS and following[0] not in OPENERS
    ):
        return True
    if line[-1] in CLAUSE_PUNCT or unbalanced(line):
        return True
    if line.endswith("——") or following.startswith("——"):  # a kicker above a title, a subtitle
        return False
    if _FINAL.search(line):  # the line holds a full stop: it is running text, not a heading
        return True
    if not (HAN_CHAR.match(following[0]) or following[0].isalnum() or following[0] in OPENERS):
        return False  # ■ ● and the like open a new block
    if line[-1] in DANGLING or following[-1] in CLAUSE_PUNCT:
        return True
    first_sentence = _FINAL.search(rest)
    if (
        first_sentence
        and first_sentence.start() < FRAGMENT_MAX_CHARS
        and rest[first_sentence.end() :].strip()
    ):
        return True
    first_clause = _CLAUSE_END.search(rest)
    if (
        line[-1] not in CLOSERS
        and first_clause
        and first_clause.start() <= TAIL_MAX_CHARS
        and rest[: first_clause.start()] not in PARAGRAPH_OPENERS
    ):
        return True
    looks_like_heading = (
        not indented and len(line) <= HEADING_MAX_CHARS and len(_CLAUSE_END.findall(line)) <= 1
    )
    return not looks_like_heading
