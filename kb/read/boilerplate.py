"""Lines that belong to the page, not to the report: navigation, link farms, widgets, captions.

Each test looks at one kind of damage and at the line's surroundings only, never at a
particular site: a breadcrumb is `首页 > …`, a link farm is a row of short items
between `|`, a menu is a run of short bare words one a line, a site's logo is the first
step of the breadcrumb beside it, a caption is a short line set apart from the text by
more blank lines than the file uses between paragraphs, a newspaper's edition line or jump
marker is `第A03版`, `(下转A04版)`. A website's greeting, copyright and footer are in `site.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from statistics import median

from kb.wordlists import alternation, read_chars, read_words

from .base import HAN
from .cues import CLAUSE_PUNCT, FINAL_PUNCT, is_metadata_line
from .pages import OUTLET_TOKEN, is_page_furniture
from .site import is_site_furniture

_CRUMB_LABEL = rf"(?:{alternation(read_words('kb.read', 'breadcrumb_labels.txt'))})\s*[:：]"
BREADCRUMB = re.compile(
    rf"^\s*(?:{_CRUMB_LABEL}\s*)?"
    rf"(?:{alternation(read_words('kb.read', 'home_page_words.txt'))})\s*[>＞»›/]"
    # A location label says it is a breadcrumb whatever the first step: `您当前的位置 :某某在线 > 新闻`.
    rf"|^\s*{_CRUMB_LABEL}.*[>＞»›]"
)
# `东台日报数字报 > 2022年04月12日 > 第A2版:要闻`: a path of short steps, whatever its first step.
CRUMB_SEPARATORS = re.compile(r"\s*[>＞»›]\s*")
CRUMB_ITEM_MAX_CHARS = 20
# Two steps are a path too when the last names the page (`时政要闻 > 正文`) or the first is a
# site (`某某网>>某某频道`).
CRUMB_PAGE_WORDS = read_words("kb.read", "crumb_page_words.txt")
LINK_SEPARATORS = re.compile(r"\s*[|｜]\s*")
LINK_ITEM_MAX_CHARS = 12
SPACED_LINKS_MIN = 6
MENU_MIN_ITEMS = 5
MENU_ITEM_MAX_CHARS = 8
HAN_ONLY = re.compile(f"[{HAN}]+")
# Only whether a line holds one of these matters, so the order of the alternatives does not.
WIDGET = re.compile(
    alternation(read_words("kb.read", "widget_phrases.txt")) + r"|打印\s*$|字号[:：]|"
    + "|".join("^" + re.escape(w) for w in read_words("kb.read", "widget_openers.txt"))
    + rf"|^\s*\[?(?:{alternation(read_words('kb.read', 'share_targets.txt'))})|"
    rf"^\s*[(（【\[]?\s*(?:{alternation(read_words('kb.read', 'widget_end_marks.txt'))})\s*[)）】\]]?\s*$"
)
WIDGET_MAX_CHARS = 30
_NOT_CREDIT_BEFORE_SHE = read_chars("kb.read", "not_credit_before_she.txt")  # 拍摄, 并摄
CAPTION_CUE = re.compile(
    rf"^\s*(?:{alternation(read_words('kb.read', 'caption_openers.txt'))})|"
    rf"(?:[(（]?(?:(?<![{_NOT_CREDIT_BEFORE_SHE}/／])摄|{alternation(read_words('kb.read', 'caption_credits.txt'))}"
    r"|图片来源[^)）]*)[)）]?)\s*$"
)
CAPTION_MAX_CHARS = 40
# A photo caption that says so at either end: `【图】…`, `[图片]…`, `…本报记者 高雪峰 摄`,
# `…供图`, `…(摄影:王强)`. Such a caption is often a full sentence or two and longer than
# CAPTION_MAX_CHARS, so it is trusted up to PHOTO_CAPTION_MAX_CHARS and two sentences.
PHOTO_CAPTION = re.compile(
    rf"^\s*[【\[(（]\s*(?:{alternation(read_words('kb.read', 'photo_tags.txt'))})\s*[】\])）]|"
    rf"^\s*(?:{alternation(read_words('kb.read', 'photo_labels.txt'))})\s*[:：]|"
    rf"(?:[{HAN}]\s*(?<![{_NOT_CREDIT_BEFORE_SHE}])摄|供图|[(（]\s*摄影\s*[:：][^)）]{{1,20}}[)）]|摄影\s*[:：]\s*[{HAN}·]{{2,10}})\s*[)）]?\s*$"
)
PHOTO_CAPTION_MAX_CHARS = 150
PHOTO_CAPTION_MAX_SENTENCES = 2


@dataclass(frozen=True)
class LineShape:
    """What the boilerplate tests need to know about a line."""

    text: str
    gap_before: int  # blank lines above it (0 at the top of the file)
    gap_after: int  # blank lines below it (0 at the end of the file)


def is_navigation(line: str) -> bool:
    return bool(BREADCRUMB.match(line)) or is_crumb_path(line) or is_link_list(line)


def is_crumb_path(line: str) -> bool:
    """Three or more short steps joined by `>` and no sentence among them; two when the last
    names the page or the first names a site."""
    items = crumb_steps(line)
    if len(items) < 2 or any(ch in line for ch in FINAL_PUNCT):
        return False
    if any(len(i) > CRUMB_ITEM_MAX_CHARS for i in items):
        return False
    return len(items) >= 3 or items[-1].endswith(CRUMB_PAGE_WORDS) or bool(OUTLET_TOKEN.fullmatch(items[0]))


def crumb_steps(line: str) -> list[str]:
    return [i for i in CRUMB_SEPARATORS.split(line.strip()) if i]


def is_link_list(line: str) -> bool:
    """`A|B|C`: three or more short items and no sentence between them; or a longer row of
    bare names set apart by spaces (`银川市西夏区 永宁县 贺兰县 …`, a related-links tail)."""
    if any(ch in line for ch in FINAL_PUNCT):
        return False
    items = [i for i in LINK_SEPARATORS.split(line.strip()) if i]
    if len(items) >= 3:
        # The first item may carry the row's label (`相关阅读:甲县`, `某某模板: 甲乙丙丁`).
        return all(len(i) <= LINK_ITEM_MAX_CHARS for i in items[1:])
    # A byline (`记者 周文涛 许佳宁 通讯员 孙海燕`) is also a row of short names: it is metadata.
    words = line.split()
    return (
        len(words) >= SPACED_LINKS_MIN
        and all(len(w) <= LINK_ITEM_MAX_CHARS and HAN_ONLY.fullmatch(w) for w in words)
        and not is_metadata_line(line)
    )


def is_widget(line: str) -> bool:
    return len(line.strip()) <= WIDGET_MAX_CHARS and bool(WIDGET.search(line))


def says_caption(line: str) -> bool:
    """A line that names itself a caption: `图为…`, `…(新华社记者 张三 摄)`, `【图】…`."""
    s = line.strip()
    if len(s) <= CAPTION_MAX_CHARS and CAPTION_CUE.search(s):
        return True
    sentences = sum(s.count(ch) for ch in "。！？!?")
    return (
        len(s) <= PHOTO_CAPTION_MAX_CHARS
        and sentences <= PHOTO_CAPTION_MAX_SENTENCES
        and bool(PHOTO_CAPTION.search(s))
    )


def find_captions(shapes: list[LineShape], paragraph_gap: int) -> list[bool]:
    """Captions: short lines that say they are captions or stand apart from the text
    (more blank lines above and below than between paragraphs), and the short lines
    set apart next to them (a gallery, whose last caption may sit close to the text)."""
    short = [len(sh.text.strip()) <= CAPTION_MAX_CHARS for sh in shapes]
    one_phrase = [
        s and not any(ch in sh.text for ch in CLAUSE_PUNCT) for s, sh in zip(short, shapes, strict=True)
    ]
    # A byline set apart like a caption is still a byline, and a gallery does not run through it.
    captions = [
        says_caption(sh.text)
        or (short[k] and min(sh.gap_before, sh.gap_after) > paragraph_gap and not is_metadata_line(sh.text))
        for k, sh in enumerate(shapes)
    ]
    for k in range(1, len(shapes)):
        if captions[k - 1] and one_phrase[k] and shapes[k].gap_before > paragraph_gap:
            captions[k] = True
    for k in range(len(shapes) - 2, -1, -1):
        if captions[k + 1] and one_phrase[k] and shapes[k].gap_after > paragraph_gap:
            captions[k] = True
    return captions


def find_menus(shapes: list[LineShape]) -> list[bool]:
    """A site's menu printed one item a line: MENU_MIN_ITEMS or more short bare words in a row.
    A title block has at most three lines, and headings inside a report stand between
    paragraphs, so no run of the report's own lines looks like this."""
    menu = [False] * len(shapes)
    item = [
        len(sh.text.strip()) <= MENU_ITEM_MAX_CHARS
        and bool(HAN_ONLY.fullmatch(sh.text.strip()))
        and not is_metadata_line(sh.text)
        for sh in shapes
    ]
    k = 0
    while k < len(shapes):
        end = k
        while end < len(shapes) and item[end]:
            end += 1
        if end - k >= MENU_MIN_ITEMS:
            menu[k:end] = [True] * (end - k)
        k = max(end, k + 1)
    return menu


def find_site_logos(shapes: list[LineShape], navigation: list[bool]) -> list[bool]:
    """A site's name on a line of its own next to a breadcrumb that starts with it
    (`某某网` over `某某网>>某某频道`): the logo, not a title."""
    logos = [False] * len(shapes)
    for k, nav in enumerate(navigation):
        # The first step of a path (`某某网 > 某某频道`) or the first item of a menu row (`某某网|…`).
        steps = [i for i in LINK_SEPARATORS.split(crumb_steps(shapes[k].text)[0]) if i] if nav else []
        if not steps:
            continue
        for j in (k - 1, k + 1):
            if 0 <= j < len(shapes) and shapes[j].text.strip() == steps[0]:
                logos[j] = True
    return logos


def find_boilerplate(shapes: list[LineShape]) -> list[bool]:
    """Which lines are page furniture rather than report."""
    navigation = [is_navigation(sh.text) for sh in shapes]
    logos = find_site_logos(shapes, navigation)
    menus = find_menus(shapes)
    # A menu's items stand apart like captions; they would set the paragraph gap and run a
    # gallery of captions on into the title below, so captions are found without them.
    rest = [k for k, menu in enumerate(menus) if not menu]
    gaps = [shapes[k].gap_after for k in rest[:-1]]
    paragraph_gap = int(median(gaps)) if gaps else 0
    captions = [False] * len(shapes)
    for k, caption in zip(rest, find_captions([shapes[k] for k in rest], paragraph_gap), strict=True):
        captions[k] = caption
    return [
        captions[k]
        or navigation[k]
        or logos[k]
        or menus[k]
        or is_widget(sh.text)
        or is_page_furniture(sh.text)
        or is_site_furniture(sh.text)
        for k, sh in enumerate(shapes)
    ]
