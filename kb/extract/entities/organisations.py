"""Organisations, sites, communities and teams in one sentence, found from their head
nouns (data/org_suffixes.tsv) and grown leftwards over their modifiers, with the names
inside them as `parts`; and `drop_leading_regions`, which names a community without the
regions written before it.
"""

from __future__ import annotations

import re
from typing import Any

from kb.extract.entities.grow import _covers, _grow_left, _only_generic
from kb.extract.entities.mention import LEVEL_PREFIXES, Mention, is_han, normalise_name
from kb.extract.lexicon import lexicon
from kb.wordlists import alternation, read_chars, read_groups, read_words


def _inside_parentheses(text: str, s: int, e: int) -> bool:
    left = max(text.rfind("(", max(0, s - 5), s), text.rfind("（", max(0, s - 5), s))
    if left < 0:
        return False
    right = re.search(r"[)）]", text[e : e + 5])
    return right is not None and ")" not in text[left:s] and "）" not in text[left:s]


# Words that are verbs elsewhere but name what a body is right before its head:
# 干部下沉工作组, 非公有制经济组织党委.
VERB_MODIFIERS = read_groups("kb.extract", "verb_modifiers.tsv")
SAMPLING_POINT = re.compile(rf"(?:核酸)?(?:{alternation(read_words('kb.extract', 'sampling_words.txt'))})[A-Za-z0-9]{{1,3}}号?点")
NAME_OPENING_CONJUNCTIONS = read_chars("kb.extract", "name_opening_conjunctions.txt")  # a boundary word that opening a sentence must be a name's first character
WEAK_HEADS = read_words("kb.extract", "weak_heads.txt")
RESIDENTIAL_KINDS = read_words("kb.extract", "residential_heads.txt")
# Verbs of guarding, setting up, going, and the distributive 分/逐/按 (分楼栋开展…) that take
# a place as their object.
PLACE_VERBS = read_chars("kb.extract", "place_verbs.txt")


# Words after which a conjunction cannot follow: a verb wants its object, a preposition its noun.
# (的 too: 民政局包保的和美社区. Not 选派, which is a noun as often: 通过组织选派和街镇推荐.)
VERBS_BEFORE_A_NAME = read_words("kb.extract", "verbs_before_a_name.txt")


def _no_conjunction_at(text: str, i: int, head_start: int) -> bool:
    """True when the 和 at i opens a sentence or follows a verb or preposition, so it can
    only be the first character of a name (和美社区); a class word after it (和街镇居村党组织)
    is joined by it, not named with it."""
    if _only_generic(text[i + 1 : head_start]):
        return False
    return i == 0 or text.endswith(VERBS_BEFORE_A_NAME, 0, i)


def find_heads(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, label, kind) for every head noun, the longest one ending at each place."""
    lex = lexicon()
    out = []
    for e in range(1, len(text) + 1):
        for n in lex.head_lengths:
            if n > e:
                continue
            suffix = text[e - n : e]
            head = lex.heads.get(suffix)
            if head is None:
                continue
            s = e - n
            # 花园路街道, 蒋村街道: a community head that a road or town name goes on past.
            if head.label == "Community" and text.startswith(lex.community_head_breakers, e):
                continue
            # 副局长, 队长: a head inside a post title is no head.
            if not lex.title_starting_at(text, e) and any(
                    (t := lex.title_ending_at(text, j)) and j - len(t) < e for j in range(e + 1, min(e + 4, len(text) + 1))):
                break
            # 桃坪村组建了…: a false head (村组) whose end starts a longer verb (组建) is no word.
            cue_after = lex.boundary_starting_at(text, e) or ""
            if any(_covers(text, fh, s, e) for fh in lex.false_heads if fh in text[max(0, s - 4) : e + 4]
                   and not (len(cue_after) >= 2 and text.startswith(fh, e - len(fh) + 1) and
                            len(cue_after) > len(fh) - 1)):
                break
            out.append((s, e, head.label, head.kind))
            break
    for m in SAMPLING_POINT.finditer(text):
        out = [h for h in out if not (m.start() <= h[0] < m.end())]
        out.append((m.start(), m.end(), "Site", "核酸采样点"))
    out.sort()
    # A longer head swallows a shorter one ending inside it (党支部 inside 临时党支部党员先锋队).
    kept = []
    for h in out:
        # 江中公寓社区: a weak head (公寓, 花园) right before a community head is a modifier.
        if h[3] == "小区" and text[h[1] - 2 : h[1]] in WEAK_HEADS and any(o[0] == h[1] and o[2] == "Community" for o in out):
            continue
        # 梅陇三村居民区, 荷花池村社区: a community head right before 居民区/社区/小区 names the
        # estate the residential unit is called after; the two are one community.
        # (The head after it must be that word itself: 嘉园 in 碧岳社区嘉园小区 is of kind 小区
        # but names an estate of its own, inside the 社区.)
        if h[2] == "Community" and any(o[0] == h[1] and o[2] == "Community" and text[o[0] : o[1]] in RESIDENTIAL_KINDS
                                       for o in out):
            continue
        if any(o is not h and o[0] <= h[0] and h[1] <= o[1] and (o[1] - o[0]) > (h[1] - h[0]) for o in out):
            continue
        kept.append(h)
    return kept


def find_organisations(text: str, regions: list[Mention], stops: frozenset[int] = frozenset()) -> list[Mention]:
    """Named organisations, sites, communities and teams, with their inner names as parts."""
    lexicon()
    mentions: list[Mention] = []
    for s, e, label, kind in find_heads(text):
        if _inside_parentheses(text, s, e):
            continue
        if any(r.start <= s and e < r.end for r in regions):
            continue  # 村 inside 蒋村街道 is part of a place name
        if label == "Community" and e - s == 1 and text[s - 1 : s] == "该":
            # 进驻该村: a back-reference, kept as a class mention for coref to resolve.
            mentions.append(Mention(label, text[s:e], s, e, text[s:e], generic=True, properties={"kind": kind},
                                    rule="head_noun"))
            continue
        # A head that begins inside a region name (松江区委 = 松江区 + 区委) starts with it.
        inner_region = next((r for r in regions if r.start < s < r.end), None)
        s0 = inner_region.start if inner_region else s
        start = _grow_left(text, s0, regions + mentions, verb_modifiers=VERB_MODIFIERS.get(label, ()), stops=stops,
                           place=label in ("Community", "Site"))
        # 守卡口, 设卡口, 进小区: one verb before a place's head is a verb and its object; the
        # place is the class word alone, not a name made of the verb.
        if label in ("Community", "Site") and s - start == 1 and text[start] in PLACE_VERBS:
            start = s
        if e - start < 2 or start >= e:
            continue
        if label == "Unit" and start >= 3 and text[start - 1] == "和":
            # 人力资源和社会保障局, 住房和城乡建设局: 和 joins the two halves of one agency's name.
            solid = [r for r in regions if not r.short] + mentions
            left = _grow_left(text, start - 1, solid, max_len=4, through_regions=False)
            if 2 <= start - 1 - left <= 4 and (left == 0 or not is_han(text[left - 1]) or text[left - 1] == "、"
                                                or any(r.end == left for r in solid)):
                start = left
                # 普定县自然资源和规划局: the region written before the first half is the agency's too.
                while (reg := next((r for r in regions if r.end == start and not r.short), None)) is not None:
                    start = reg.start
        if start >= 1 and text[start - 1] in NAME_OPENING_CONJUNCTIONS and label in ("Community", "PartyOrg", "Unit") \
                and _no_conjunction_at(text, start - 1, s):
            start -= 1  # 和美社区党委书记…, 担任和美社区“第二书记”: 和 cannot join anything here
        if text[start] in "(（":  # (街巷)微网格: a gloss in front is not part of the name
            close = max(text.find(")", start, e), text.find("）", start, e))
            start = close + 1 if close > 0 else start
        # 经区委组织部研究: a verb before a level-prefixed body (区委…, 市…局) is not part of it.
        if text[start] in lexicon().leading_verbs and text[start + 1 : start + 2] in LEVEL_PREFIXES and \
                start < s:
            start += 1
        # 指挥部社区防控组: a community head right after a body's name is a word of what that
        # body does (社区防控), not a community named after the body.
        if label == "Community" and any(o.end == s and o.label in ("Unit", "PartyOrg", "Team") for o in mentions):
            continue
        raw = text[start:e]
        name = normalise_name(raw)
        if len(name) < 2 or (e - s == 1 and len(name) < 3):
            continue  # 谐村: a one-character head wants a real name before it
        parts = [m for m in mentions + regions if start <= m.start and m.end <= e and m.end < e]
        parts.sort(key=lambda m: (m.end, m.start))
        # A quoted name (“首善先锋”党员志愿服务队) is specific unless the quote is a class word.
        quoted = any(not _only_generic(q) for q in re.findall(r"[“\"]([^“”\"]+)[”\"]", raw))
        region_in = any(p.label == "Region" for p in parts) or inner_region is not None
        # 团区委 names one body wherever it is written; a bare 党支部 or 街镇居村 names none.
        # 嘉园小区, 花园小区: an estate's own word (WEAK_HEADS) opening the name makes it a name.
        generic = not quoted and not region_in and kind != "共青团" and _only_generic(name) and \
            not name.startswith(WEAK_HEADS)
        props: dict[str, Any] = {"kind": kind}
        if label == "PartyOrg":
            props["temporary"] = "临时" in name
        mention = Mention(label, name, start, e, raw, generic=generic, properties=props, parts=parts,
                          rule="head_noun")
        mentions.append(mention)
    return mentions


def drop_leading_regions(m: Mention, text: str) -> None:
    """上海松江区方松街道江中公寓社区 is called 江中公寓社区; the regions stay as its parts.
    Call once short forms are confirmed: 桐梓林社区 is no 桐梓县."""
    if m.label != "Community":
        return
    # 碧岳社区嘉园小区 is called 嘉园小区 too: the 社区 written before it says where it is.
    regions = [p for p in m.parts if p.label == "Region" and not p.short or p.label == "Community" and not p.generic]
    cut = m.start
    for r in sorted(regions, key=lambda r: r.start):
        if r.start == cut:
            cut = r.end
    rest = normalise_name(text[cut : m.end]) if cut > m.start else m.name
    # 金星社区封控小区 stays whole: 封控小区 alone would name no estate.
    if cut > m.start and len(rest) >= 3 and (not _only_generic(rest) or rest.startswith(WEAK_HEADS)):
        m.aliases.add(m.name)
        m.aliases.add(normalise_name(m.surface[cut - m.start :]))
        m.name = rest
