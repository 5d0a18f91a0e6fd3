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
in `data/measure_words.txt` and `data/stats_*.txt`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kb.extract.numerals import Numeral, ascii_digits, find_numerals
from kb.wordlists import read_list

CLAUSE_STOPS = frozenset("，,。；;：:！？!?…")
LIST_MARKS = frozenset("、和与及或")
QUOTE_MARKS = frozenset("“”\"‘’'「」")
APPROX_AFTER_UNIT = ("左右", "以上")
# Chinese numerals before 条 number the articles of a policy (二十条, 新十条), not things;
# nor does a Chinese numeral before 单 count orders: 三单制 is a named practice.
CHINESE_NOT_MEASURES = frozenset({"条", "把", "张", "单"})
# Nouns of time right after a measure word: 9个小时, 3个月.
TIME_NOUNS = ("小时", "月", "星期", "工作日", "季度", "钟头", "周")
# Verbs so weak that a verb right after the counted noun says more (全市共有1255个机关单位包联...).
WEAK_VERBS = frozenset({"有", "共有"})
# A noun before the number that starts with these names the owner of the count (全区3000多户).
DETERMINERS = ("全", "本", "该", "这", "那", "其")
NOUN_MAX = 20  # characters; a longer phrase is a clause, not a name
SHORT_QUOTE = 12  # a quotation this short is a name or slogan ("四项机制"), not speech
_ORDINAL_PREFIX = re.compile(r"^第[\d零〇一二两三四五六七八九十百千]+[批次轮个期]?")
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


@dataclass(frozen=True)
class _Lexicon:
    measures: tuple[str, ...]
    time_words: tuple[str, ...]
    heads: frozenset[str]
    person_heads: tuple[str, ...]
    person_measures: frozenset[str]  # count people or households
    bare_nouns: tuple[str, ...]
    verbs: frozenset[str]
    reach_verbs: frozenset[str]
    linking_verbs: frozenset[str]
    stops: frozenset[str]
    words: frozenset[str]  # may stand inside a noun although they start like a stop
    longest: int


def _read(name: str) -> tuple[str, ...]:
    # longest first, so that 人次 is tried before 人 and 万元 before 元
    return tuple(sorted(set(read_list("kb.extract", name)), key=lambda w: (-len(w), w)))


@cache
def lexicon() -> _Lexicon:
    entries = {
        name: _read(f"{name}.txt")
        for name in (
            "measure_words",
            "stats_time_words",
            "stats_noun_heads",
            "stats_person_heads",
            "stats_person_measures",
            "stats_bare_nouns",
            "stats_verbs",
            "stats_reach_verbs",
            "stats_linking_verbs",
            "stats_np_stops",
            "stats_np_words",
        )
    }
    every = [w for ws in entries.values() for w in ws]
    return _Lexicon(
        measures=entries["measure_words"],
        time_words=entries["stats_time_words"],
        heads=frozenset(entries["stats_noun_heads"]),
        person_heads=entries["stats_person_heads"],
        person_measures=frozenset(entries["stats_person_measures"]),
        bare_nouns=entries["stats_bare_nouns"],
        verbs=frozenset(entries["stats_verbs"]) | frozenset(entries["stats_linking_verbs"]),
        reach_verbs=frozenset(entries["stats_reach_verbs"]),
        linking_verbs=frozenset(entries["stats_linking_verbs"]),
        stops=frozenset(entries["stats_np_stops"]),
        words=frozenset(entries["stats_np_words"]),
        longest=max(len(w) for w in every),
    )


def _starting(text: str, i: int, words: tuple[str, ...]) -> str | None:
    return next((w for w in words if text.startswith(w, i)), None)


@dataclass(frozen=True)
class _Token:
    kind: str  # "head", "word", "verb", "stop" or "char"
    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def _token_at(text: str, i: int) -> _Token:
    """Longest dictionary word at i; a noun word wins a tie with a verb (党组织 over 组织)."""
    lex = lexicon()
    for n in range(min(lex.longest, len(text) - i), 0, -1):
        w = text[i : i + n]
        for kind, vocab in (
            ("head", lex.heads),
            ("word", lex.words),
            ("verb", lex.verbs),
            ("stop", lex.stops),
        ):
            if w in vocab:
                return _Token(kind, w, i)
    return _Token("char", text[i], i)


def _tokens(text: str, start: int, end: int) -> list[_Token]:
    out, i = [], start
    while i < end:
        tok = _token_at(text, i)
        if tok.end > end:
            tok = _Token("char", text[i], i)
        out.append(tok)
        i = tok.end
    return out


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


def _strip_quotes(noun: str) -> str:
    if (
        len(noun) > 2
        and noun[0] in QUOTE_MARKS
        and noun[-1] in QUOTE_MARKS
        and not any(c in QUOTE_MARKS for c in noun[1:-1])
    ):
        return noun[1:-1]
    return noun


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
    if re.search(r"每(?!天|日)", text[clause_start:at]):
        return True
    toks = _tokens(text, clause_start, at)
    return any(t.text == "各" and nxt.kind == "verb" for t, nxt in zip(toks, toks[1:], strict=False))


def _noun_after(text: str, i: int, limit: int, people: bool) -> tuple[str, int, int] | None:
    """The counted noun phrase starting at i: (noun, start, end), or None if nothing countable follows.

    When the measure word counts people (名, 人, 户), the phrase must end in a word for people:
    为1.5万户困难群众送去生活物资 counts 困难群众, and 逾百人报名 counts nothing after 人.
    """
    lex = lexicon()
    limit = min(limit, i + NOUN_MAX)
    # A modifier ending in 的 with no noun inside is skipped: 较大的隔离点, 52人的党员突击队.
    de = text.find("的", i, limit)
    if (
        de != -1
        and not any(t.kind == "head" for t in _tokens(text, i, de))
        and not re.search(r"\d", text[i:de])
    ):
        i = de + 1
    pos, head_end, item_start = i, None, i
    while pos < limit:
        ch = text[pos]
        if ch == "的" or ch.isdigit() or (ch in LIST_MARKS and pos == i):
            break
        # In a list of nouns every item ends with a noun; an item that does not, unless it is a
        # two-character modifier (市直、区直党员干部), shows the list is one of actions.
        if ch == "、" and head_end != pos and pos - item_start > 2:
            break
        if ch == "、":
            item_start = pos + 1
        if ch in "零〇二两三四五六七八九十百千万" and _starting(text, pos + 1, lex.measures):
            break
        if ch == "(":
            close = text.find(")", pos, min(pos + 10, limit))
            if close == -1:
                break
            if head_end == pos:  # 社区(小区): the parenthesis belongs to the head before it
                head_end = close + 1
            pos = close + 1
            continue
        tok = _token_at(text, pos)
        # Right after the measure word a one-character stop is more often the start of a
        # noun (从业人员, 共产党员) than a preposition, so only longer words end the phrase there.
        if tok.kind in ("verb", "stop") and (pos > i or len(tok.text) > 1):
            break
        if tok.kind == "head" and (not people or tok.text.endswith(lex.person_heads)):
            head_end = tok.end
        pos = tok.end if tok.kind in ("head", "word") else pos + 1
    if head_end is not None:
        if text.count("“", i, head_end) > text.count("”", i, head_end) and text.startswith("”", head_end):
            head_end += 1  # 146名“点长”: close the quotation the name opened
        return _strip_quotes(text[i:head_end]), i, head_end
    if not people and 0 < pos - i <= 4 and not any(c in QUOTE_MARKS for c in text[i:pos]):
        return text[i:pos], i, pos  # a noun the dictionary lacks: 5000份口罩
    return None


def _noun_before(text: str, clause_start: int, at: int, unit: str) -> tuple[str, int, int, str | None] | None:
    """The noun written before the number (建立党员群众微信群2912个): (noun, start, end, verb)."""
    lex = lexicon()
    toks = _tokens(text, clause_start, at)
    end, reach = at, None
    if toks and toks[-1].text in lex.reach_verbs:
        reach, end = toks[-1].text, toks[-1].start  # 第二书记达到379人次: the subject is counted
        toks = toks[:-1]
    seg_start, verb = clause_start, reach
    for t in toks:
        if t.kind == "verb":
            seg_start, verb = t.end, reach or t.text
        elif t.kind == "stop" or t.text in LIST_MARKS or t.text == "的":
            if t.text == "等" and t.end == end:
                return None  # 孕妇等21005人: examples of a whole the unit names
            seg_start = t.end
    noun = text[seg_start:end]
    stripped = _ORDINAL_PREFIX.sub("", noun)
    seg_start += len(noun) - len(stripped)
    noun = _strip_quotes(stripped)
    if not noun or len(noun) > NOUN_MAX - 5 or any(c in CLAUSE_STOPS for c in noun):
        return None
    if noun.startswith(DETERMINERS) and len(noun) <= 3:
        return None  # 全区3000多户: the place that has them, not what is counted
    if unit in lex.person_measures and not noun.endswith(lex.person_heads):
        return None  # 开展区级联审647人次: people counted, the noun names an activity
    return noun, seg_start, end, verb


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
