"""Mechanisms, policies and events in one sentence: quoted practices (“双报到”制度, “1+5+N”),
unquoted …机制/体系/制度 and …长制, book titles (《…》 as policies) and named outbreaks
(“3·15”疫情).
"""

from __future__ import annotations

import re

from kb.extract.entities.grow import _grow_left, _only_generic
from kb.extract.entities.mention import CLOSE_QUOTES, Mention, normalise_name
from kb.extract.lexicon import lexicon
from kb.wordlists import alternation, read_chars, read_words


def _alternatives(name: str) -> str:
    return alternation(read_words("kb.extract", name))


QUOTED = re.compile(r"[“\"]([^“”\"]{2,20})[”\"]")
BOOK = re.compile(r"《\s*([^《》]{2,80}?)\s*》")
EVENT = re.compile(rf"[“\"]?(\d{{1,2}}[·.．]\d{{1,2}}|\d{{4}})[”\"]?((?:{_alternatives('outbreak_qualifiers.txt')})?疫情)")
PUBLICATION = re.compile(rf"({_alternatives('publication_suffixes.txt')})$")
PRACTICE_RUN = re.compile(rf"(?:“[^“”]{{2,16}}”、?)+(?=等(?:{_alternatives('practice_nouns.txt')}))")
LAYOUT_WORDS = read_words("kb.extract", "layout_words.txt")  # what is done to a physical layout
LEVEL_LADDER = re.compile(rf"[一二三四五六七八九十]级[\u4e00-\u9fff]{{2,4}}?(?:{_alternatives('ladder_nouns.txt')})")  # 五级联动体系
SLOGAN_COUNT = re.compile(rf"[0-9一二三四五六七八九十两]+[{read_chars('kb.extract', 'slogan_count_measures.txt')}]")  # “3个小区”
POST_HOLDER_SYSTEM = re.compile(  # 片长制, 河长制; not 楼长制定计划
    rf"([\u4e00-\u9fff]{{1,3}}长)制(?![{read_chars('kb.extract', 'zhi_verb_chars.txt')}])")
MECHANISM_HEADS = read_words("kb.extract", "unquoted_mechanism_heads.txt")  # 机制, 体系, 制度, 工作法
SLOGAN_START = re.compile(r"^[0-9一二三四五六七八九十两双]")


def find_named_things(text: str) -> list[Mention]:
    lex = lexicon()
    out: list[Mention] = []
    for m in BOOK.finditer(text):
        title = m.group(1).strip()
        if PUBLICATION.search(title) or not normalise_name(title):
            continue  # a newspaper's name, or 《“”》 with nothing inside
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
                not SLOGAN_COUNT.match(inner):
            out.append(Mention("Mechanism", normalise_name(inner), m.start(), m.end(), m.group(0), rule="numbered_slogan"))
    # 实行片长制, 河长制: a post-holder system is a practice even without quotes.
    for m in POST_HOLDER_SYSTEM.finditer(text):  # not 楼长制定计划
        if any(o.start < m.end() and m.start() < o.end for o in out):
            continue
        start = _grow_left(text, m.start(1) + len(m.group(1)) - 1, [], max_len=3)
        name = text[start : m.end()]
        if len(name) >= 3:
            out.append(Mention("Mechanism", name, start, m.end(), name, rule="post_holder_system"))
    # Unquoted 大规模核酸检测力量支援调度机制: a long modifier before 机制/体系/制度/工作法.
    for sfx in MECHANISM_HEADS:
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
