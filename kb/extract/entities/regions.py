"""Regions in one sentence: gazetteer names (full names anywhere; short forms marked
`short`, to be confirmed against the article) and towns, subdistricts and new areas made
by their suffix (data/region_suffixes.tsv) after whatever anchors them on the left.
"""

from __future__ import annotations

import re

from kb.extract.entities.grow import _covers, _grow_left, _only_generic
from kb.extract.entities.mention import LEVEL_PREFIXES, Mention, is_han, is_name_char
from kb.extract.gazetteer import Division, load_gazetteer
from kb.extract.lexicon import lexicon
from kb.wordlists import read_chars, read_words

NAME_ENDING_CONJUNCTIONS = read_chars("kb.extract", "name_ending_conjunctions.txt")
AMBIGUOUS_ENDINGS = read_words("kb.extract", "ambiguous_region_endings.txt")  # 大社区, …村  # 清和, 永和, 中和: a region's two-character stem may end in 和


def find_regions(text: str, stops: frozenset[int] = frozenset()) -> list[Mention]:
    """Gazetteer names and suffix-made towns, longest match first, no overlaps."""
    lex, gaz = lexicon(), load_gazetteer()
    if text.count("|") >= 2:  # a link farm's run of names is not prose
        return []
    found: list[Mention] = []
    i = 0
    while i < len(text):
        m = gaz.match_at(text, i)
        if m and m[2] and _short_form_starts_a_word(text, i + len(m[0]), m[1]):
            m = None  # 中山路, 中原银行: the short form is the start of another name
        if m and m[2] and m[0] in lex.boundaries:
            m = None  # 会同 (会同县) is first of all a verb: A会同B成立…
        if m:
            piece, divs, is_short = m
            d = divs[0]
            # Names that are words as often as names need a parent named in the article:
            # short forms, two-character 城区/郊区, 大社区 (a district, and 广大社区居民), and
            # divisions outside the mainland's administration that link farms love to list.
            ambiguous = (is_short or (len(piece) == 2 and piece.endswith("区"))
                         or any(piece.endswith(h) for h in AMBIGUOUS_ENDINGS) or d.adcode[:2] in ("71", "81", "82"))
            name = d.name if is_short else piece
            found.append(Mention("Region", name, i, i + len(piece), piece, properties={"level": d.level},
                                 short=ambiguous, divisions=list(divs), rule="gazetteer"))
            i += len(piece)
            continue
        i += 1
    # Towns, subdistricts, new areas: by suffix, after whatever anchors them on the left.
    for suffix, level in lex.region_suffixes:
        for m in re.finditer(re.escape(suffix), text):
            s, e = m.start(), m.end()
            if any(r.start < e and s < r.end and not r.short for r in found):
                continue
            start = _grow_left(text, s, [r for r in found if not r.short], max_len=4, through_regions=False,
                               stops=stops)
            # 清和街道, 永和镇: a conjunction right before the suffix is the end of the name when
            # the one character before it opens the sentence or follows punctuation.
            if start == s and s >= 2 and text[s - 1] in NAME_ENDING_CONJUNCTIONS and is_han(text[s - 2]) and \
                    (s == 2 or not is_name_char(text[s - 3])):
                start = s - 2
            stem = text[start:s]
            if not 2 <= len(stem) <= 4 or not all(is_han(c) for c in stem) or lex.boundary_starting_at(stem, 0):
                continue
            # 本市街道, 县城镇: a level character at either end of the stem makes it no name;
            # inside one (米市巷街道, 北区桥镇) it is an ordinary character of the name.
            # 学院街道: a subdistrict may be named after an institution; a bare head noun (学院,
            # 医院) before 街道 is its name, though a class word (社区, 临时) never is.
            named_after_head = suffix == "街道" and stem in lex.heads and stem not in lex.generic_words
            if stem[0] in LEVEL_PREFIXES or stem[-1] in LEVEL_PREFIXES or (_only_generic(stem) and not named_after_head):
                continue
            if any(fh in text[max(0, s - 3) : e + 3] and _covers(text, fh, s, e) for fh in lex.false_heads):
                continue
            found = [r for r in found if not (r.start < e and start < r.end)]
            found.append(Mention("Region", stem + suffix, start, e, text[start:e], properties={"level": level},
                                 rule="region_suffix"))
    return sorted(found, key=lambda r: r.start)


def _short_form_starts_a_word(text: str, after: int, divisions: list[Division]) -> bool:
    lex = lexicon()
    if text.startswith(lex.short_form_breakers, after):
        return True
    county = all(d.level in ("district", "county") for d in divisions)
    return county and text.startswith(lex.county_short_form_breakers, after)
