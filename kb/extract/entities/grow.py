"""Growing a name leftwards from its head noun over its modifiers (`_grow_left`), and the
tests it and the finders share: a span made only of class words (`_only_generic`), a word
that straddles a span's edge (`_covers`).
"""

from __future__ import annotations

import re

from kb.extract.entities.mention import CLOSE_QUOTES, OPEN_QUOTES, QUOTES, Mention, is_name_char
from kb.extract.lexicon import lexicon
from kb.wordlists import read_chars

MAX_NAME = 24  # characters a name grows leftwards at most
MEASURE_WORDS = read_chars("kb.extract", "name_ending_measures.txt")
# What makes a measure word after it a count: a numeral, or a quantifier (几, 每, 这 …).
COUNT_OPENERS = "0123456789一二两三四五六七八九十" + read_chars("kb.extract", "count_quantifiers.txt")


def _covers(text: str, word: str, s: int, e: int) -> bool:
    for m in re.finditer(re.escape(word), text):
        if m.start() < e and s < m.end() and not (s <= m.start() and m.end() <= e):
            return True
    return False


def _only_generic(s: str) -> bool:
    """True when `s` is made only of generic words (临时, 党员, 社区 ...)."""
    words = lexicon().generic_words_and_heads
    i = 0
    while i < len(s):
        for w in words:
            if s.startswith(w, i):
                i += len(w)
                break
        else:
            return False
    return True


def _grow_left(text: str, start: int, anchors: list[Mention], max_len: int = MAX_NAME,
               through_regions: bool = True, verb_modifiers: tuple[str, ...] = (),
               stops: frozenset[int] = frozenset(), place: bool = False) -> int:
    """Move `start` left over a name's modifiers; stop at a boundary word or punctuation, or
    at one of `stops` (positions known to end a word, such as the end of 李向东任)."""
    lex = lexicon()
    pos = start
    for v in verb_modifiers:  # 下沉工作组: a verb that names what a team does is part of it
        if text[max(0, start - len(v)) : start] == v:
            pos = start - len(v)
            break
    ends = {a.end: a for a in anchors}
    while pos > 0 and start - pos < max_len:
        if pos in stops:
            break
        if pos in ends:
            anchor = ends[pos]
            # A region qualifies anything after it; an organisation or place qualifies a head
            # only from close by (市府小区|临时党支部), not across a verb phrase.
            if not through_regions or (anchor.label != "Region" and start - pos > 4
                                       and not re.match(r"\d+号", text[pos:start])):
                break
            pos = anchor.start
            continue
        c = text[pos - 1]
        if c in QUOTES:
            # ”“ separates two quoted items; a quote opening the name ends it.
            if c in OPEN_QUOTES and c != '"':
                pos -= 1
                break
            if pos < len(text) and text[pos] in OPEN_QUOTES:
                break
            pos -= 1
            continue
        if c in "）)":
            opening = max(text.rfind("(", max(0, pos - 7), pos), text.rfind("（", max(0, pos - 7), pos))
            if opening < 0 or opening == 0 or not is_name_char(text[opening - 1]):
                break
            pos = opening
            continue
        if not is_name_char(c):
            break
        # 28个, 一支, 每名: a measure word after a number ends the name; 支 in 党支部 does not.
        # (百家湖, 千岛湖: 百/千/万 start names too, so they do not count here.)
        if c in MEASURE_WORDS and pos >= 2 and text[pos - 2] in COUNT_OPENERS:
            break
        if lex.boundary_ending_at(text, pos):
            break
        if place and any(text.endswith(w, 0, pos) for w in lex.place_boundaries):
            break
        title = lex.title_ending_at(text, pos)
        # 南岗镇长林村: 镇长 here is the end of 南岗镇 and the start of 长林村, not a post.
        if title and not any(a.label == "Region" and a.end == pos - len(title) + 1 for a in anchors):
            break
        # Digits belong to a name only as a number plate (37号); 28个… is a count.
        if c.isdigit() and not re.match(r"\d+号", text[pos - 1 :]):
            break
        pos -= 1
    while pos < start and text[pos] in CLOSE_QUOTES and text[pos] != '"':
        pos += 1
    return pos
