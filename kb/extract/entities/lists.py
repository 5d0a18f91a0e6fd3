"""Names written as a list that shares one head: 团结、胜利、松滨4个社区, 邮轮港和涓浦路两个
隔离点 (`find_coordinated`), and 中国西电集团、陕西广电网络等驻区单位 (`find_listed_units`).
"""

from __future__ import annotations

import re

from kb.extract.entities.grow import _only_generic
from kb.extract.entities.mention import Mention, normalise_name
from kb.extract.lexicon import lexicon
from kb.wordlists import alternation, read_chars, read_words

WORD_JOINERS = alternation(read_words("kb.extract", "list_word_joiners.txt"))  # 和, 及, 与
LIST_ITEMS = re.compile(
    rf"((?:[\u4e00-\u9fff]{{2,4}}、)*[\u4e00-\u9fff]{{2,4}}(?:{WORD_JOINERS}|、)[\u4e00-\u9fff]{{2,4}}?)(等?)"
    rf"([0-9一二三四五六七八九十两]+)个(?:{alternation(read_words('kb.extract', 'list_count_modifiers.txt'))})?"
)
NOT_ITEM_CHARS = read_chars("kb.extract", "not_list_item_chars.txt")  # 这, 那, 个


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
    last = re.fullmatch(rf"([\u4e00-\u9fff]{{2,4}}?)(?:{WORD_JOINERS})([\u4e00-\u9fff]{{2,4}})", items[-1])
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
                                                  any(b in it for b in NOT_ITEM_CHARS) for it in items[1:]):
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
                          rf"({alternation(read_words('kb.extract', 'listed_unit_nouns.txt'))})")


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
