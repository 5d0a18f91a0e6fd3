"""Website furniture: the lines a scraped page carries around every report it shows.

A site greets the reader (`欢迎您访问某某网站!`), claims its copyright (`版权声明:凡注明…`),
prints its address, phone and registration number at the foot of the page
(`地址:… 电话:… 传真:… 某ICP备…号`), lists the page's keywords (`关键词: 甲 乙`), repeats the
headline (`原标题:…`), leaves image file names behind (`图片_2020.jpg`) and prints addresses
(`原文链接:https://…`). None of it is
report text, and all of it is full of names an extractor would take for the report's own.
Each is recognised by its field labels and shape, never by a particular site.
"""

from __future__ import annotations

import re

from kb.wordlists import alternation, read_words

from .base import HAN

WELCOME = re.compile(rf"^\s*(?:{alternation(read_words('kb.read', 'welcome_openers.txt'))})")
WELCOME_MAX_CHARS = 60
# A copyright notice is furniture however long it runs: it is never the report's text.
COPYRIGHT = re.compile(
    rf"^\s*[(（【\[]?\s*(?:{alternation(read_words('kb.read', 'copyright_openers.txt'))})"
)
COPYRIGHT_MAX_CHARS = 300
# A claim that opens otherwise (`凡本网注明…的作品,版权均属本网,未经授权不得转载`).
COPYRIGHT_CLAIM = re.compile(alternation(read_words("kb.read", "copyright_claims.txt")))
_FOOTER_LABEL = rf"(?:{alternation(read_words('kb.read', 'footer_labels.txt'))})\s*[:：]"
# A qualifier may stand before the label: `客服热线:…`.
FOOTER_OPENER = re.compile(rf"^\s*[{HAN}]{{0,4}}?{_FOOTER_LABEL}")
FOOTER_LABEL = re.compile(_FOOTER_LABEL)
FOOTER_MAX_CHARS = 60
# A line with two footer fields, or a registration number, is a footer at any length up to this.
FOOTER_BLOCK_MAX_CHARS = 200
REGISTRATION = re.compile(alternation(read_words("kb.read", "registration_marks.txt")), re.IGNORECASE)
KEYWORDS = re.compile(rf"^\s*(?:{alternation(read_words('kb.read', 'keyword_labels.txt'))})\s*[:：]")
KEYWORDS_MAX_CHARS = 80
RESTATED_TITLE = re.compile(rf"(?:{alternation(read_words('kb.read', 'restated_title_labels.txt'))})\s*[:：]")
RESTATED_TITLE_MAX_CHARS = 60
_IMAGE = rf"\.(?:{alternation(read_words('kb.read', 'image_extensions.txt'))})"
# A web address on a line of its own, maybe labelled (`原文链接:https://…`).
URL_LINE = re.compile(rf"^\s*(?:[{HAN}]{{0,6}}\s*[:：]\s*)?(?:https?://|www\.)\S+\s*$", re.IGNORECASE)
# The report's own address, labelled: `原文链接:https://…`.
OWN_URL = re.compile(
    rf"^\s*[(（【\[]?\s*(?:{alternation(read_words('kb.read', 'url_labels.txt'))})\s*[:：]\s*((?:https?://|www\.)[^\s)）】\]]+)",
    re.IGNORECASE,
)
IMAGE_NAME_LINE = re.compile(rf"^\s*\S{{1,60}}?{_IMAGE}\s*$", re.IGNORECASE)
# An image's file name glued to the paragraph it stood above: `某地10.jpg志愿者张三…`.
IMAGE_NAME_HEAD = re.compile(rf"^\s*[^\s。，,；;：:]{{1,40}}?{_IMAGE}\s*", re.IGNORECASE)


def is_site_furniture(line: str) -> bool:
    """A welcome line, copyright notice, footer, keyword row, restated title, image name or
    web address."""
    s = line.strip()
    if not s:
        return False
    n = len(s)
    return bool(
        (n <= WELCOME_MAX_CHARS and WELCOME.match(s))
        or (n <= COPYRIGHT_MAX_CHARS and (COPYRIGHT.match(s) or ("版权" in s and COPYRIGHT_CLAIM.search(s))))
        or (n <= FOOTER_MAX_CHARS and FOOTER_OPENER.match(s))
        or (n <= FOOTER_BLOCK_MAX_CHARS and (REGISTRATION.search(s) or len(FOOTER_LABEL.findall(s)) >= 2))
        or (n <= KEYWORDS_MAX_CHARS and KEYWORDS.match(s))
        or (n <= RESTATED_TITLE_MAX_CHARS and RESTATED_TITLE.search(s))
        or IMAGE_NAME_LINE.match(s)
        or URL_LINE.match(s)
    )


def image_name_end(paragraph: str) -> int:
    """Where a paragraph starts once an image file name glued to its head is cut off (0 if none)."""
    m = IMAGE_NAME_HEAD.match(paragraph)
    return m.end() if m and m.end() < len(paragraph) else 0


def own_url(line: str) -> str | None:
    """The address of `原文链接:https://…`; None for any other line (a bare address may be a
    related link's)."""
    m = OWN_URL.match(line)
    return m.group(1) if m else None
