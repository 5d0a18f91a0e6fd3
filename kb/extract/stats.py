"""Counted facts in one sentence: 1255个机关单位包联2159个社区(小区), 建立微信群2912个.

A count is a numeral, a measure word and the noun it counts. The noun usually follows
the measure word (3.7万余名在职党员干部); when nothing countable follows, it is read
backwards from the numeral (设置党员中心户4563户), and when there is none there either
the measure word itself is what is counted (这个社区有1416户 -> 户).

Decisions, each general to the genre rather than to one report:
- Dates, clock times and durations (2022年, 3月31日, 24小时, 9个小时, 16天) are not
  counts of entities and are skipped, as are ordinals (第一批), ratios (1/3), numbers in
  formulas and codes ("1+10+7", 12·15, "0708"), numbers inside short quotations
  ("四项机制") or book titles (《...十条措施》), percentages, and phone-like numbers.
- Chinese 一 is the indefinite article of this genre (一名党员就是一面旗帜), so a count
  of one written in Chinese is skipped; Chinese numerals count only before a measure word.
- Per-unit counts (每支队伍10人, 各包联1个社区) state a rate, not a total, and are skipped.
- Money keeps the reports' unit: 150万元 is value 150, unit 万元.
- A count joined to a second count by a pairing verb (包联, 分包, 联系 ...) carries the
  second as object_value/object_noun, and the second is not reported on its own.
- 若干, 数百, 几十 give no value and are not counts.
- Measure words of people (名, 人, 人次, 户) count a noun that names people: 区级联审647人次
  counts 人次, and 为1.5万户困难群众送去生活物资 counts 困难群众.
- Without a measure word only a few nouns of people are counted (4000多居民), unit "".

The words all this needs (measure words, heads of counted nouns, verbs, stop words) are
in `data/measure_words.txt` and `data/stats_*.txt`, read by `counted_nouns.py`, which also
reads the counted noun phrases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kb.extract.counted_nouns import (
    CLAUSE_STOPS,
    LIST_MARKS,
    _noun_after,
    _noun_before,
    _starting,
    _tokens,
    lexicon,
)
from kb.extract.numerals import Numeral, ascii_digits, find_numerals
from kb.wordlists import alternation, read_words

APPROX_AFTER_UNIT = read_words("kb.extract", "stats_approx_after_unit.txt")
# Chinese numerals before 条 number the articles of a policy (二十条, 新十条), not things;
# nor does a Chinese numeral before 单 count orders: 三单制 is a named practice.
CHINESE_NOT_MEASURES = frozenset(read_words("kb.extract", "stats_chinese_not_measures.txt"))
# Nouns of time right after a measure word: 9个小时, 3个月.
TIME_NOUNS = read_words("kb.extract", "stats_time_nouns.txt")
# Verbs so weak that a verb right after the counted noun says more (全市共有1255个机关单位包联...).
WEAK_VERBS = frozenset(read_words("kb.extract", "stats_weak_verbs.txt"))
# 每支队伍10人 is a rate; 每天完成采样1.5万余人次 is a day's figure, counted.
PER_UNIT = re.compile(rf"每(?!{alternation(read_words('kb.extract', 'stats_per_day_words.txt'))})")
SHORT_QUOTE = 12  # a quotation this short is a name or slogan ("四项机制"), not speech
_OTHER_NUMBER_MARKS = "/·+-—:：.#%‰"


@dataclass(frozen=True)
class Count:
    value: float
    approx: bool
    unit: str  # measure word; "" when a bare noun follows the number (4000多居民)
    noun: str  # what is counted; the unit itself when the sentence names nothing else
    verb: str | None
    object_value: float | None
    object_noun: str | None
    start: int  # span of the claim within the sentence
    end: int


def _clause(text: str, i: int) -> tuple[int, int]:
    start = i
    while start > 0 and text[start - 1] not in CLAUSE_STOPS:
        start -= 1
    end = i
    while end < len(text) and text[end] not in CLAUSE_STOPS:
        end += 1
    return start, end


def _shielded(text: str) -> list[tuple[int, int]]:
    """Spans whose numbers name something: short quotations and book titles."""
    spans = [m.span() for m in re.finditer(r"《[^《》]*》", text)]
    for pattern in (rf"“[^“”]{{0,{SHORT_QUOTE}}}”", rf'"[^"]{{0,{SHORT_QUOTE}}}"', r"「[^「」]{0,12}」"):
        spans += [m.span() for m in re.finditer(pattern, text)]
    return spans


def _joined(text: str, i: int, step: int) -> bool:
    """Whether text[i] ties the number to another one (1/3, 1+10+7, 12·15, 14:16, 3.5.1)."""
    if not 0 <= i < len(text) or text[i] not in _OTHER_NUMBER_MARKS:
        return False
    if text[i] in ":：.":  # also clause punctuation after NFKC: only between digits do they join
        j = i + step
        return 0 <= j < len(text) and text[j].isdigit()
    return True


def _is_number(n: Numeral, text: str) -> bool:
    """False for numerals that are dates, ordinals, codes, ratios, or articles (一)."""
    lex = lexicon()
    before = text[n.hedge_start - 1] if n.hedge_start > 0 else ""
    digits = text[n.start : n.end]
    if before == "第" or text.endswith("百分之", 0, n.hedge_start):
        return False
    if _joined(text, n.hedge_start - 1, -1) or _joined(text, n.end, +1):
        return False
    if not n.chinese and (digits.startswith("0") and not digits.startswith("0.")):
        return False
    if not n.chinese and len(re.match(r"[\d,]*", digits)[0].replace(",", "")) >= 11:
        return False
    if n.chinese and n.value == 1:
        return False
    return _starting(text, n.end, lex.time_words) is None


def _distributive(text: str, clause_start: int, at: int) -> bool:
    """每支队伍10人, 各包联1个社区: a rate per unit, not a total."""
    # 每天完成采样1.5万余人次: a day's figure is what the report counts (一天采样1.2万人次);
    # only 每 before a unit (每支队伍, 每个社区) makes a rate.
    if PER_UNIT.search(text[clause_start:at]):
        return True
    toks = _tokens(text, clause_start, at)
    return any(t.text == "各" and nxt.kind == "verb" for t, nxt in zip(toks, toks[1:], strict=False))


@dataclass(frozen=True)
class _Raw:
    """A count before it is joined to its object and given its verb."""

    numeral: Numeral
    unit: str
    noun: str | None
    noun_start: int
    noun_end: int
    unit_end: int  # after the measure word and any hedge after it (100人左右)
    approx: bool
    verb: str | None
    prenominal: bool  # the noun follows the measure word

    @property
    def end(self) -> int:
        return max(self.unit_end, self.noun_end)


def _read_count(text: str, n: Numeral) -> _Raw | None:
    lex = lexicon()
    clause_start, clause_end = _clause(text, n.start)
    if _distributive(text, clause_start, n.hedge_start):
        return None
    unit = _starting(text, n.end, lex.measures)
    if unit is None:
        bare = None if n.chinese else _starting(text, n.end, lex.bare_nouns)
        if bare is None:
            return None
        unit = ""
    if n.chinese and unit in CHINESE_NOT_MEASURES:
        return None
    unit_end = n.end + len(unit)
    if unit and _starting(text, unit_end, TIME_NOUNS):
        return None
    hedge = _starting(text, unit_end, APPROX_AFTER_UNIT) or ""
    approx, unit_end = n.approx or bool(hedge), unit_end + len(hedge)
    after = _noun_after(text, unit_end, clause_end, unit in lex.person_measures)
    if after:
        noun, ns, ne = after
        return _Raw(n, unit, noun, ns, ne, unit_end, approx, None, True)
    if not unit:
        return None
    before = _noun_before(text, clause_start, n.hedge_start, unit)
    if before:
        noun, ns, ne, verb = before
        return _Raw(n, unit, noun, ns, ne, unit_end, approx, verb, False)
    verb = _verb_before(text, clause_start, n.hedge_start)
    return _Raw(n, unit, None, n.hedge_start, n.hedge_start, unit_end, approx, verb, False)


def _verb_before(text: str, clause_start: int, at: int) -> str | None:
    """The nearest verb before `at` in the clause that is used as a verb: one that stands in a
    list (志愿者招募、红白事申办等10个专项小组) names an activity instead."""
    for t in reversed(_tokens(text, clause_start, at)):
        listed = text[t.end : t.end + 1] in ("、", "等") or text[t.start - 1 : t.start] == "、"
        if t.kind == "verb" and not listed:
            return t.text
    return None


def _verb_around(text: str, raw: _Raw) -> str | None:
    """The verb before the count in its clause, or the one right after a counted subject."""
    clause_start, clause_end = _clause(text, raw.numeral.start)
    before = _verb_before(text, clause_start, raw.numeral.hedge_start)
    after = None
    for t in _tokens(text, raw.noun_end, min(clause_end, raw.noun_end + 6)):
        if t.kind == "verb":
            after = t.text
            break
        if t.kind != "stop":
            break
    if before and not (before in WEAK_VERBS and after):
        return before
    return after


def _linking_verb(text: str, subject: _Raw, obj: _Raw) -> str | None:
    """The pairing verb between two counts of one clause (包联 in 1255个机关单位包联2159个社区)."""
    gap = text[subject.noun_end : obj.numeral.hedge_start]
    if not subject.prenominal or len(gap) > 8 or any(c in CLAUSE_STOPS or c in LIST_MARKS for c in gap):
        return None
    verbs = [t for t in _tokens(text, subject.noun_end, obj.numeral.hedge_start) if t.kind == "verb"]
    if len(verbs) == 1 and verbs[0].text in lexicon().linking_verbs:
        return verbs[0].text
    return None


def find_counts(sentence: str) -> list[Count]:
    """Every counted fact in one normalised sentence, left to right."""
    text = ascii_digits(sentence)
    shielded = _shielded(text)
    raws = []
    for n in find_numerals(text):
        if not _is_number(n, text) or any(s <= n.start < e for s, e in shielded):
            continue
        if raws and n.start < raws[-1].unit_end:
            continue  # already read as part of the previous count
        raw = _read_count(text, n)
        # A term of a formula (1名点长+1名医疗组长+...) is part of a name, not a count.
        if raw is not None and not text.startswith("+", raw.end):
            raws.append(raw)
    counts, used = [], set()
    for k, raw in enumerate(raws):
        if k in used:
            continue
        obj, verb = None, raw.verb
        if k + 1 < len(raws):
            link = _linking_verb(text, raw, raws[k + 1])
            if link:
                obj, verb = raws[k + 1], link
                used.add(k + 1)
        if verb is None and raw.prenominal:
            verb = _verb_around(text, raw)
        start = min(raw.numeral.hedge_start, raw.noun_start)
        end = max(raw.end, obj.end if obj else 0)
        counts.append(
            Count(
                value=raw.numeral.value,
                approx=raw.approx,
                unit=raw.unit,
                noun=raw.noun or raw.unit,
                verb=verb,
                object_value=obj.numeral.value if obj else None,
                object_noun=(obj.noun or obj.unit) if obj else None,
                start=start,
                end=end,
            )
        )
    return counts
