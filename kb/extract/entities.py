"""Mentions of entities in one sentence, found by their head nouns.

Chinese writes no spaces, so a name is found from its end: a head noun (…党支部, …隔离点,
…工作组; data/org_suffixes.tsv) is grown leftwards over its modifiers until a word that no
name crosses (a function word, a cue verb, a quantity; data/boundary_words.txt). Names that
are built from names (庙行镇智选假日酒店隔离点临时党支部) keep their inner names as `parts`,
from which containment and subordination follow.

Regions come from the gazetteer (full names anywhere in prose; short forms only under a
parent seen in the article, decided in `find_article_mentions`) and, for towns and
subdistricts, from their suffix. Persons come from context: a post title before a 2–3
character name that starts with a common surname, or such a name before 担任/是/作为.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from kb.extract.gazetteer import Division, load_gazetteer
from kb.extract.lexicon import lexicon

OPEN_QUOTES = "“‘「『\""
CLOSE_QUOTES = "”’」』\""
QUOTES = set(OPEN_QUOTES + CLOSE_QUOTES)
MAX_NAME = 24  # characters a name grows leftwards at most
NUMERALS = "0123456789一二三四五六七八九十两双百千万"
MEASURE_WORDS = "个名支位处家所"


def is_han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def is_name_char(c: str) -> bool:
    return is_han(c) or c.isascii() and c.isalnum() or c in "·+"


def strip_quotes(s: str) -> str:
    return "".join(c for c in s if c not in QUOTES and c not in "《》").strip()


def normalise_name(s: str) -> str:
    return strip_quotes(s).replace("（", "(").replace("）", ")")


@dataclass
class Mention:
    label: str
    name: str  # canonical, Simplified, no quotes
    start: int  # offsets in the sentence text
    end: int
    surface: str  # the same span in the original script
    generic: bool = False
    properties: dict[str, Any] = field(default_factory=dict)
    parts: list[Mention] = field(default_factory=list)  # inner names, outermost last
    short: bool = False  # a gazetteer short form still to be confirmed by context
    divisions: list[Division] = field(default_factory=list)  # gazetteer candidates
    aliases: set[str] = field(default_factory=set)
    rule: str = ""
    body: Mention | None = None  # 局党组 read as 民政局党组: the body named earlier it belongs to

    @property
    def key(self) -> tuple[str, str]:
        return self.label, self.name


# ---------------------------------------------------------------- regions


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
                         or any(piece.endswith(h) for h in ("社区", "小区", "村")) or d.adcode[:2] in ("71", "81", "82"))
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
        if c in MEASURE_WORDS and pos >= 2 and text[pos - 2] in "0123456789一二两三四五六七八九十几多每各这那该余":
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


# ---------------------------------------------------------------- organisations and places


def _inside_parentheses(text: str, s: int, e: int) -> bool:
    left = max(text.rfind("(", max(0, s - 5), s), text.rfind("（", max(0, s - 5), s))
    if left < 0:
        return False
    right = re.search(r"[)）]", text[e : e + 5])
    return right is not None and ")" not in text[left:s] and "）" not in text[left:s]


# Words that are verbs elsewhere but name what a body is right before its head:
# 干部下沉工作组, 非公有制经济组织党委.
VERB_MODIFIERS = {"Team": ("下沉", "驻村", "驻点", "包联", "包保", "帮扶"), "PartyOrg": ("组织",)}
SAMPLING_POINT = re.compile(r"(?:核酸)?(?:采样|检测|采集)[A-Za-z0-9]{1,3}号?点")
NAME_OPENING_CONJUNCTIONS = "和"  # a boundary word that opening a sentence must be a name's first character
NAME_ENDING_CONJUNCTIONS = "和"  # 清和, 永和, 中和: a region's two-character stem may end in 和
WEAK_HEADS = ("花园", "公寓", "新村", "家园", "花苑", "嘉园")
RESIDENTIAL_KINDS = ("社区", "小区", "居民区")
# Verbs of guarding, setting up, going, and the distributive 分/逐/按 (分楼栋开展…) that take
# a place as their object.
PLACE_VERBS = "守设建进到驻回去出值管封分逐按"
LEVEL_PREFIXES = set("省市区县镇乡")  # the characters that name a level of administration


# Words after which a conjunction cannot follow: a verb wants its object, a preposition its noun.
# (的 too: 民政局包保的和美社区. Not 选派, which is a noun as often: 通过组织选派和街镇推荐.)
VERBS_BEFORE_A_NAME = ("担任", "兼任", "出任", "在", "到", "于", "是", "联系", "走进", "来到", "的", "包保", "包联",
                       "挂点", "进驻", "入驻", "下沉到", "驻点")


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


LIST_ITEMS = re.compile(
    r"((?:[\u4e00-\u9fff]{2,4}、)*[\u4e00-\u9fff]{2,4}(?:和|及|与|、)[\u4e00-\u9fff]{2,4}?)(等?)"
    r"([0-9一二三四五六七八九十两]+)个(?:较大的|较小的|重点)?"
)


def _count(numeral: str) -> int:
    if numeral.isdigit():
        return int(numeral)
    small = "零一二三四五六七八九"
    if numeral == "两":
        return 2
    if numeral in small:
        return small.index(numeral)
    if numeral.startswith("十"):
        return 10 + (small.index(numeral[1]) if len(numeral) > 1 else 0)
    return -1


def _list_items(items_text: str) -> list[str]:
    """幸福、和平、光明 -> 3 items: 、 always separates; 和/及/与 only between the last two
    when both sides are names of two characters or more (和平 is a name, not a joiner)."""
    items = items_text.split("、")
    last = re.fullmatch(r"([\u4e00-\u9fff]{2,4}?)(?:和|及|与)([\u4e00-\u9fff]{2,4})", items[-1])
    if last:
        items[-1:] = [last.group(1), last.group(2)]
    return items


def find_coordinated(text: str, taken: list[Mention]) -> list[Mention]:
    """`团结、胜利、松滨、松宁4个社区`, `邮轮港和涓浦路两个较大的隔离点`: bare names sharing a head."""
    lex = lexicon()
    out = []
    for m in LIST_ITEMS.finditer(text):
        after = m.end()
        head = next((text[after : after + n] for n in lex.head_lengths
                     if text[after : after + n] in lex.heads), None)
        if head is None:
            continue
        h = lex.heads[head]
        items = _list_items(m.group(1))
        # 甲、乙、丙3个小区 lists them all; 幸福、和平、光明等5个社区 may list only some.
        count = _count(m.group(3))
        if (count < len(items) if m.group(2) else count != len(items)) or any(lex.boundary_ending_at(it, len(it)) or
                                                  any(b in it for b in ("这", "那", "个")) for it in items[1:]):
            continue
        pos = m.start(1)
        for k, it in enumerate(items):
            s = text.find(it, pos)
            pos = s + len(it)
            # 辖区内的金马、…: a modifier ending in 的 before the first item is not part of it.
            if k == 0 and "的" in it:
                cut = it.rindex("的") + 1
                it, s = it[cut:], s + cut
            # The first item may carry the words before the list (对于邮轮港): drop them.
            while k == 0 and it and lex.boundary_starting_at(it, 0):
                cut = lex.boundary_starting_at(it, 0) or ""
                it, s = it[len(cut) :], s + len(cut)
            if len(it) < 2 or any(t.start <= s < t.end for t in taken):
                continue
            name = it + h.kind if not it.endswith(h.kind) else it
            out.append(Mention(h.label, name, s, s + len(it), it, properties={"kind": h.kind},
                               aliases={it}, rule="coordinated_list"))
    return out


# 中国西电集团、陕西广电网络等驻区单位: the items of a list closed by 等…单位 are bodies,
# even one whose name ends in no head noun we know.
LISTED_UNITS = re.compile(r"((?:[\u4e00-\u9fff()（）]{2,16}、)+[\u4e00-\u9fff()（）]{2,16})等(?:[\u4e00-\u9fff]{0,4}?)"
                          r"(单位|企业|国企|机关|部门)")


def find_listed_units(text: str, taken: list[Mention]) -> list[Mention]:
    lex = lexicon()
    out = []
    for m in LISTED_UNITS.finditer(text):
        pos = m.start(1)
        items = m.group(1).split("、")
        for k, it in enumerate(items):
            s = text.find(it, pos)
            pos = s + len(it)
            if k == 0:
                continue  # the first item carries whatever stands before the list
            if len(it) < 4 or any(t.start < s + len(it) and s < t.end for t in taken) or _only_generic(it) or \
                    lex.boundary_starting_at(it, 0) or any(lex.boundary_starting_at(it, j) for j in range(1, len(it))):
                continue
            out.append(Mention("Unit", normalise_name(it), s, s + len(it), it, properties={"kind": m.group(2)},
                               rule="listed_unit"))
    return out


# ---------------------------------------------------------------- mechanisms, policies, events

QUOTED = re.compile(r"[“\"]([^“”\"]{2,20})[”\"]")
BOOK = re.compile(r"《\s*([^《》]{2,80}?)\s*》")
EVENT = re.compile(r"[“\"]?(\d{1,2}[·.．]\d{1,2}|\d{4})[”\"]?((?:本土|新冠)?疫情)")
PUBLICATION = re.compile(r"(日报|晚报|早报|时报|报|杂志|周刊|网)$")
PRACTICE_RUN = re.compile(r"(?:“[^“”]{2,16}”、?)+(?=等(?:方式|举措|形式|做法|措施))")
LAYOUT_WORDS = ("改造", "布局", "设置", "建设", "格局")  # what is done to a physical layout
LEVEL_LADDER = re.compile(r"[一二三四五六七八九十]级[\u4e00-\u9fff]{2,4}?(?:体系|机制|模式)")  # 五级联动体系
SLOGAN_START = re.compile(r"^[0-9一二三四五六七八九十两双]")


def find_named_things(text: str) -> list[Mention]:
    lex = lexicon()
    out: list[Mention] = []
    for m in BOOK.finditer(text):
        title = m.group(1).strip()
        if PUBLICATION.search(title):
            continue
        out.append(Mention("Policy", normalise_name(title), m.start(), m.end(), m.group(0), rule="book_title"))
    for m in EVENT.finditer(text):
        out.append(Mention("Event", m.group(1) + m.group(2), m.start(), m.end(), m.group(0), rule="event"))
    # “进社区包小区”“包楼道”“包邻里”等方式: a run of quoted practices.
    listed = [(m.start(), m.end()) for m in PRACTICE_RUN.finditer(text)]
    for m in QUOTED.finditer(text):
        inner = m.group(1)
        if any(o.start <= m.start() < o.end for o in out):
            continue
        tail = text[m.end() : m.end() + 10]
        # “市委—街道党工委—…”四级联动体系: the quote lists the levels (bodies, found as such);
        # the practice is the counted ladder after it.
        ladder = LEVEL_LADDER.match(tail)
        # 三级组织体系 is the bodies' own structure, not a way of working: no practice.
        if ladder and re.search(r"[—\-–―]", inner) and "组织" not in ladder.group(0):
            out.append(Mention("Mechanism", ladder.group(0), m.end(), m.end() + ladder.end(), ladder.group(0),
                               rule="level_ladder"))
            continue
        suffix = next((sfx for sfx in lex.mechanism_suffixes if inner.endswith(sfx) and sfx != inner), None)
        if suffix and (suffix != "制" or len(inner) <= 6):
            out.append(Mention("Mechanism", normalise_name(inner), m.start(), m.end(), m.group(0), rule="quoted_mechanism"))
            continue
        # “四网融合”工作模式: the quote names the practice the head noun after it describes.
        grown = re.match(r"([\u4e00-\u9fff]{0,6}?)(" + "|".join(lex.mechanism_suffixes) + ")", tail)
        if grown and not lex.boundary_starting_at(tail, 0):
            name = normalise_name(inner + grown.group(0))
            out.append(Mention("Mechanism", name, m.start(), m.end() + grown.end(), m.group(0) + grown.group(0),
                               aliases={normalise_name(inner)}, rule="quoted_mechanism"))
            continue
        if any(r0 <= m.start() and m.end() <= r1 for r0, r1 in listed):
            out.append(Mention("Mechanism", normalise_name(inner), m.start(), m.end(), m.group(0), rule="listed_practice"))
            continue
        # “1+5+N”, “楼长制+网格员”: a formula of numbers or of named systems names a practice;
        # “网格化+大走访” joins two ways of working and names none.
        if "+" in inner and len(inner) >= 3 and (re.search(r"[0-9A-Za-z]", inner) or any(
                part.endswith(sfx) for part in inner.split("+") for sfx in lex.mechanism_suffixes)):
            out.append(Mention("Mechanism", normalise_name(inner), m.start(), m.end(), m.group(0), rule="formula_slogan"))
            continue
        if tail.startswith(LAYOUT_WORDS):
            continue  # “两区三通道”改造: a layout of rooms that is built, not a practice
        if len(inner) >= 3 and SLOGAN_START.match(inner) and not re.fullmatch(r"[0-9·.．]+", inner) and not any(inner.endswith(h) for h in lex.heads) and \
                not re.match(r"[0-9一二三四五六七八九十两]+[个名支人条项]", inner):
            out.append(Mention("Mechanism", normalise_name(inner), m.start(), m.end(), m.group(0), rule="numbered_slogan"))
    # 实行片长制, 河长制: a post-holder system is a practice even without quotes.
    for m in re.finditer(r"([\u4e00-\u9fff]{1,3}长)制(?![定订作造止服约])", text):  # not 楼长制定计划
        if any(o.start < m.end() and m.start() < o.end for o in out):
            continue
        start = _grow_left(text, m.start(1) + len(m.group(1)) - 1, [], max_len=3)
        name = text[start : m.end()]
        if len(name) >= 3:
            out.append(Mention("Mechanism", name, start, m.end(), name, rule="post_holder_system"))
    # Unquoted 大规模核酸检测力量支援调度机制: a long modifier before 机制/体系/制度/工作法.
    for sfx in ("机制", "体系", "制度", "工作法"):
        for m in re.finditer(sfx, text):
            if any(o.start < m.end() and m.start() < o.end for o in out):
                continue
            start = _grow_left(text, m.start(), [], max_len=16)
            # “区委—…—楼栋党小组”五级联动体系: the quote closes what the name describes, so
            # the name starts after it.
            start = max([start, *(k + 1 for k in range(start, m.start()) if text[k] in CLOSE_QUOTES)])
            name = normalise_name(text[start : m.end()])
            modifier = name[: -len(sfx)]
            # 五级联动体系, 四级防控体系: a counted ladder of levels names the practice however short.
            levels = re.match(r"[一二三四五六七八九十]级[\u4e00-\u9fff]{2,4}$", modifier) is not None and \
                "组织" not in modifier
            if (len(modifier) >= 6 or levels) and not _only_generic(modifier):
                out.append(Mention("Mechanism", name, start, m.end(), text[start : m.end()], rule="mechanism_head"))
    return out


# ---------------------------------------------------------------- persons


# Characters that end a name rather than continue it (function words, 说).
GIVEN_NAME_STOPS = "的在和与及由将把对从为是了着到等被给让使于以并且又也都就还各每该其个名余人"
NAME_FOLLOWERS = GIVEN_NAME_STOPS + "向说已曾却才便"
SPEECH = ("说", "表示", "介绍", "同志", "告诉")


ADVERB_OPENERS = "一共都也还就又再"  # first characters of adverbs that rarely end a given name


def _name_at(text: str, i: int) -> str | None:
    """A 2–3 character personal name starting at text[i], or None."""
    lex = lexicon()
    surname = text[i : i + 2] if text[i : i + 2] in lex.surnames else text[i : i + 1]
    if surname not in lex.surnames:
        return None
    g = i + len(surname)

    def ok(c: str) -> bool:
        return is_han(c) and c not in GIVEN_NAME_STOPS

    def stop_at(j: int) -> bool:
        return j >= len(text) or not is_han(text[j]) or bool(lex.boundary_starting_at(text, j)) or \
            text[j] in NAME_FOLLOWERS

    if g < len(text) and ok(text[g]):
        if g + 1 < len(text) and text[g + 1] in NAME_FOLLOWERS:
            return text[i : g + 1]
        # 李丽一起上门: an adverb (一起, 一同, 都是) right after two characters ends the name.
        if g + 1 < len(text) and text[g + 1] in ADVERB_OPENERS and len(lex.boundary_starting_at(text, g + 1) or "") >= 2:
            return text[i : g + 1]
        # 张强则带领: an adverb (则, 便, 也) followed by a person's verb ends the name before it.
        if g + 2 < len(text) and text[g + 1] in lex.name_adverbs and text.startswith(lex.name_adverb_verbs, g + 2):
            return text[i : g + 1]
        if g + 1 < len(text) and ok(text[g + 1]) and len(surname) + 2 <= 3 and stop_at(g + 2):
            return text[i : g + 2]
        if stop_at(g + 1):
            return text[i : g + 1]
        if g + 1 < len(text) and ok(text[g + 1]) and len(surname) == 1:
            return text[i : g + 2]
    return None


def _appoints(text: str, j: int) -> str | None:
    """The appointment verb at j (任, 担任 …) when a post is named later in its clause;
    任务, 任何 and 任劳任怨 appoint no one."""
    lex = lexicon()
    verb = next((v for v in APPOINTMENT_VERBS if text.startswith(v, j)), None)
    if verb is None or text.startswith(NOT_APPOINTMENT, j):
        return None
    clause = re.split(r"[,，;；。:：]", text[j + len(verb) :], maxsplit=1)[0]
    return verb if any(lex.title_ending_at(clause, k) for k in range(1, len(clause) + 1)) else None


def _ends_cleanly(text: str, j: int) -> bool:
    """A name ends at j: punctuation, a function or boundary word, a speech verb or an
    appointment verb follows (王芳带领, 陈超说, 李向东任)."""
    lex = lexicon()
    return j >= len(text) or not is_han(text[j]) or text[j] in NAME_FOLLOWERS or \
        bool(lex.boundary_starting_at(text, j)) or text.startswith(SPEECH, j) or \
        text.startswith(lex.after_name_words, j) or \
        (j + 1 < len(text) and text[j] in lex.name_adverbs and text.startswith(lex.name_adverb_verbs, j + 1)) or \
        _appoints(text, j) is not None


# 区司法局的刘某是一名老党员: 是 introducing what the person is ends the name after 的.
DE_NAME_FOLLOWERS = ("是一名", "是一位", "是名", "是位")
# 李向东任总指挥: the verbs that appoint a person named right before them.
APPOINTMENT_VERBS = ("担任", "兼任", "出任", "任")
# 任 opening an ordinary word is no appointment (任务, 任何).
NOT_APPOINTMENT = ("任务", "任何", "任性", "任意", "任期", "任由", "任凭")


@lru_cache(maxsize=64)  # asked twice per sentence: by the person finder and the mention finder
def find_appointees(text: str) -> tuple[tuple[int, int, int], ...]:
    """(name start, name end, verb end) for every `[post title] 李向东 任/担任 …`.

    A name is a surname and one or two characters, so 李向东任… could be read as 李向 or
    李向东任; the reading after which an appointment verb follows is the name, and the
    name ends there: nothing grown leftwards from a later head (…街道, …指挥部) crosses it.
    The name must follow a post title or open a clause, which keeps 主任 and 责任 out."""
    if "任" not in text:  # every appointment verb has it: most sentences end here
        return ()
    lex = lexicon()
    out = []
    for i in range(len(text)):
        # 由刘强担任组长: a function word (由, 在, 和 …) starts no name; the name follows it.
        if lex.boundary_starting_at(text, i):
            continue
        prev = text[i - 1] if i else ""
        opens = not prev or prev in ",，;；:：。、 \n" or prev in CLOSE_QUOTES or prev in lex.boundaries or \
            any(text.endswith(w, 0, i) for w in lex.person_introducers)  # 区民政局干部沈佳任书记
        if not opens and not lex.title_ending_at(text, i):
            continue
        for surname in (text[i : i + 2], text[i : i + 1]):
            if surname not in lex.surnames:
                continue
            found = None
            for n in (1, 2):
                end = i + len(surname) + n
                given = text[i + len(surname) : end]
                if len(surname) + n > 3 or len(given) < n or not all(is_han(c) and c not in GIVEN_NAME_STOPS
                                                                     for c in given):
                    continue
                if text[i : i + 2] in lex.not_names or _only_generic(text[i : i + 2]):
                    continue  # 由党员担任楼长: a class of people, not a name
                verb = _appoints(text, end)
                if verb is None:
                    continue
                # 王芳担任 reads as 王芳 + 担任, not 王芳担 + 任: the longer verb wins.
                if found is None or len(verb) > found[2] - found[1]:
                    found = (i, end, end + len(verb))
            if found:
                out.append(found)
                break
    return tuple(out)


def _surname_after_title(text: str, i: int, name: str, rule: str) -> bool:
    """局长和国庆: right after a post title a one-character function word that is also a
    surname (和, 于, 向) starts a name, unless what follows is a word (书记和大家, 局长和副局长)."""
    lex = lexicon()
    if rule != "title_before_name" or lex.boundary_starting_at(name, 0) != name[0]:
        return False
    rest = name[1:]
    if lex.title_starting_at(text, i + 1) or rest[:2] in lex.not_names or _only_generic(rest) or \
            lex.boundary_starting_at(text, i + 1) or rest[0] in PRONOUNS:
        return False
    # 主任和村民一起, 站长和医护人员: the conjunction reading is the usual one, so the name must
    # be followed by what only follows a person (带领, 说, 担任, punctuation).
    end = i + len(name)
    return end >= len(text) or not is_han(text[end]) or text.startswith(PERSON_FOLLOWERS, end) or \
        _appoints(text, end) is not None


PERSON_FOLLOWERS = ("带领", "率领", "带队", "说", "表示", "介绍", "主持", "指出", "强调", "同志", "一行", "告诉")


PRONOUNS = "他她我你它咱您"  # 局长和他的同事: a pronoun after 和 is never a given name


LONG_NAME_LENGTHS = (3, 4, 5)  # 巴特尔 … 乌云其木格; longer runs are phrases, not names
# 深有感触地说, 接受采访时说, 走访后介绍: an adverb's 地 or a clause of time ends in these.
LONG_NAME_BREAKS = "地时后中里上下前"
QI_WORDS = ("其实", "其中", "其他", "其余", "其间", "其次", "其它")  # 其 inside a name, not these words



def _long_name_at(text: str, i: int) -> str | None:
    """A 3–5 character name at i that a person-only verb follows (下沉, 说, 担任), or None.
    No character may start a boundary word, a post title or a number, so 第一时间带领
    and 亲自带领 name no one."""
    lex = lexicon()
    for n in LONG_NAME_LENGTHS:
        name = text[i : i + n]
        if len(name) < n or not text.startswith(lex.long_name_followers, i + n):
            continue
        # 乌云其木格: 其 ends an ordinary name (其他, 其中) but sits inside a transliterated one.
        if not all(is_han(c) and c not in NUMERALS and c not in LONG_NAME_BREAKS
                   and (c not in NAME_FOLLOWERS or (c == "其" and 0 < k < n - 1)) for k, c in enumerate(name)):
            return None
        if any((lex.boundary_starting_at(text, j) and not (text[j] == "其" and i < j < i + n - 1))
               or lex.title_starting_at(text, j) for j in range(i, i + n)):
            return None
        if name[:2] in lex.not_names or _only_generic(name[:2]) or _only_generic(name) or \
                any(w in name for w in QI_WORDS):
            return None
        return name
    return None


def find_persons(text: str, taken: list[Mention]) -> list[Mention]:
    lex = lexicon()
    out: list[Mention] = []
    for s, e, _ in find_appointees(text):
        if text[s:e] not in lex.titles and not any(t.start < e and s < t.end for t in taken):
            title = lex.title_ending_at(text, s)
            out.append(Mention("Person", text[s:e], s, e, text[s:e], properties={"title": title} if title else {},
                               rule="name_before_appointment"))

    def add(i: int, rule: str, title: str | None) -> int | None:
        """Add the person named at i; return where the name ends (None when no name)."""
        name = _name_at(text, i)
        if not name or any(t.start < i + len(name) and i < t.end for t in taken + out):
            return None
        if name in lex.titles or name[:2] in lex.not_names:
            return None
        if lex.boundary_starting_at(name, 0) and not _surname_after_title(text, i, name, rule):
            return None
        # 局长任组长: 任 + a post is the verb of an appointment, not the surname 任.
        verb = next((v for v in APPOINTMENT_VERBS if text.startswith(v, i)), None)
        if verb and lex.title_starting_at(text, i + len(verb)):
            return None
        # After a post title or a word like 党员 only a name that ends cleanly counts (主任周密
        # 部署 is no 周密部); 李强分别带队 reads as 李强 + 分别 when only that name ends cleanly.
        if rule in ("title_before_name", "introduced_person") and not _ends_cleanly(text, i + len(name)):
            if len(name) == 3 and name[:1] in lex.surnames and _ends_cleanly(text, i + 2):
                name = name[:2]
            else:
                return None
        props = {"title": title} if title else {}
        out.append(Mention("Person", name, i, i + len(name), name, properties=props, rule=rule))
        return i + len(name)

    for i in range(1, len(text)):
        title = lex.title_ending_at(text, i)
        name_start = i + 1 if text[i] in CLOSE_QUOTES else i  # “点长”陈超
        if title and name_start < len(text) and not lex.title_starting_at(text, name_start):
            add(name_start, "title_before_name", title)
    for m in re.finditer(r"(?:^|[,，;；:：。、\s])(?=[\u4e00-\u9fff]{2,3}(?:担任|兼任|作为|是))", text):
        add(m.end(), "name_before_role", None)
    for m in re.finditer(r"(?=[\u4e00-\u9fff]{2,3}同志)", text):
        name = _name_at(text, m.start())
        if name and text.startswith("同志", m.start() + len(name)):
            add(m.start(), "name_comrade", None)
    # 张三,笔架山街道井岗社区党委书记,…: a name opening the sentence, then the post.
    m = re.match(r"([\u4e00-\u9fff]{2,3})[,，]([^,，。;；]{3,30}?)[,，。;；]", text)
    if m and _name_at(text, 0) == m.group(1) and lex.title_ending_at(m.group(2), len(m.group(2))) and \
            any(t.start == m.start(2) and t.label in ("Unit", "PartyOrg", "Team", "Site", "Community") for t in taken):
        add(0, "name_then_post", None)
    for word in lex.person_introducers:  # 党员张三, 志愿者李四: only a name that ends cleanly
        for m in re.finditer(word, text):
            name = _name_at(text, m.end())
            if not name or _only_generic(name[:2]):
                continue
            # …干部王磊下沉到, 志愿者张丽每天, 退役军人何峰分别: the name must end cleanly.
            after = add(m.end(), "introduced_person", None)
            # 机关干部陈浩、刘洁、王斌: the names listed after the first one.
            while after is not None and after < len(text) and text[after] in "、和":
                after = add(after + 1, "introduced_person", None)
    # 干部巴特尔下沉到…, 书记扎西多吉介绍: a name that is no surname plus one or two characters
    # (a Mongolian, Tibetan or Uyghur name) is read only between a post title or a word like
    # 干部 and a verb only a person does, and only where no ordinary name was found.
    starts = {m.end() for w in lex.person_introducers for m in re.finditer(w, text)}
    starts |= {i for i in range(1, len(text)) if lex.title_ending_at(text, i)}
    for i in sorted(starts):
        name = _long_name_at(text, i)
        # 干部乌云其木格下沉: 乌云 read as surname + name stops inside the longer name that a
        # person-only verb ends; the longer reading wins.
        cut = [p for p in out if p.start == i and p.end < i + len(name or "") and text[p.end] == "其"]
        if name and cut:
            out = [p for p in out if p not in cut]
        if name and not any(p.start < i + len(name) and i < p.end for p in taken + out):
            title = lex.title_ending_at(text, i)
            out.append(Mention("Person", name, i, i + len(name), name, properties={"title": title} if title else {},
                               rule="long_name"))
    cue_words = tuple(c for cs in lex.cues.values() for c in cs)
    for m in re.finditer(r"的(?=[\u4e00-\u9fff]{2,3})", text):
        # 区司法局的刘某, 是一名老党员 / 驻村桃坪村: after 的 a name ends at punctuation, at 是
        # (an introduction) or at a relation's verb.
        name = _name_at(text, m.end())
        end = m.end() + len(name or "")
        if not name or not (end >= len(text) or text[end] in ",，;；。、" or text.startswith(DE_NAME_FOLLOWERS, end)
                            or text.startswith(cue_words, end)):
            continue
        prev = lex.title_ending_at(text, m.start())
        before = next((t for t in taken if t.end == m.start() and t.label in ("Unit", "PartyOrg", "Team")), None)
        if prev or before:
            add(m.end(), "org_de_name", prev)
    return out


# ---------------------------------------------------------------- one sentence


def _holds_org_chain(text: str, m: Mention, orgs: list[Mention]) -> bool:
    # Only bodies make an organisation chain; “区—街道—社区—网格” is a ladder of places, the
    # levels of a practice (四级防控体系), and the practice keeps its name.
    inside = sorted((o for o in orgs if m.start <= o.start and o.end <= m.end and o.label in ("PartyOrg", "Unit", "Team")),
                    key=lambda o: o.start)
    return any(re.fullmatch(r"[—\-–―]{1,2}", text[a.end : b.start]) for a, b in zip(inside, inside[1:], strict=False))


def find_mentions(text: str, surface: str | None = None) -> list[Mention]:
    """Every mention in one normalised sentence, sorted by position; regions may be short
    forms still to be confirmed by `confirm_short_forms`."""
    surface = surface if surface is not None and len(surface) == len(text) else text
    # 部长李向东任文化路街道…: the appointee's name and verb are words no name grows across.
    stops = {p for s, e, v in find_appointees(text) for p in (e, v)}
    # …进驻翠竹小区,任翠竹小区临时党支部书记: a clause opening with an appointment verb; the
    # name that follows starts after the verb.
    for m in re.finditer(r"(?<=[,，;；])(?:并|还|同时|又|兼)?(担任|兼任|出任|任)", text):
        if _appoints(text, m.start(1)):
            stops.add(m.end())
    regions = find_regions(text, frozenset(stops))
    named = find_named_things(text)
    # Book titles and events are opaque: nothing inside 《…》 is a region or an organisation.
    opaque = [n for n in named if n.label in ("Policy", "Event")]

    def outside(m: Mention) -> bool:
        return not any(o.start <= m.start and m.end <= o.end for o in opaque)

    regions = [r for r in regions if outside(r)]
    orgs = [o for o in find_organisations(text, regions, frozenset(stops)) if outside(o)]
    # 盛世长安小区, 新华长安路卡口: a short form (长安) in the middle of a name, after characters
    # that are no region, is a word of that name, not the district 长安区.
    # (A body's name keeps it: 长沙银行岳麓支行 is the branch in 岳麓区.)
    inside = [r for r in regions if r.short and any(
        o.label in ("Community", "Site") and o.start < r.start and r.end <= o.end and is_han(text[r.start - 1])
        and not any(x.end == r.start for x in regions) for o in orgs)]
    regions = [r for r in regions if r not in inside]
    for o in orgs:
        o.parts = [p for p in o.parts if not any(p is r for r in inside)]
    coordinated = find_coordinated(text, orgs + [r for r in regions if not r.short])
    coordinated += find_listed_units(text, orgs + coordinated + opaque)
    # 幸福、和平、光明等5个社区: an unconfirmed short form (和平区) inside a listed name is none.
    regions = [r for r in regions if not (r.short and any(c.start <= r.start < c.end for c in coordinated))]
    mechanisms = [n for n in named if n.label == "Mechanism"]
    # A quoted team or organisation name is not a mechanism; a quoted practice
    # (“进社区包小区”等方式) holds no organisation.
    mechanisms = [m for m in mechanisms if not any(o.start <= m.start and m.end <= o.end for o in orgs)]
    # An unquoted …机制 is not allowed to swallow the organisations it names.
    mechanisms = [m for m in mechanisms if m.rule != "mechanism_head"
                  or not any(m.start <= o.start and o.end <= m.end for o in orgs)]
    # “社区党委—网格党支部—楼栋党小组”三级组织体系, quoted or not, describes a chain of
    # bodies: the bodies and their order are the facts, not a practice's name.
    mechanisms = [m for m in mechanisms if not _holds_org_chain(text, m, orgs)]
    orgs = [o for o in orgs if not any(m.start <= o.start and o.end <= m.end for m in mechanisms)]
    regions = [r for r in regions if not any(m.start <= r.start and r.end <= m.end for m in mechanisms)]
    # 队长张建华: an unconfirmed short form (建华区) inside a name gives way to the person.
    persons = find_persons(text, [r for r in regions if not r.short] + orgs + coordinated + opaque)
    regions = [r for r in regions if not (r.short and any(p.start < r.end and r.start < p.end for p in persons))]
    out = regions + orgs + coordinated + opaque + mechanisms + persons
    for m in out:
        m.surface = surface[m.start : m.end]
        m.aliases.add(normalise_name(m.surface))
    return sorted(out, key=lambda m: (m.start, -m.end))
