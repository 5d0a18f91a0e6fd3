"""The words of counted facts and the noun phrases a count counts.

The stats lexicon (measure words, heads of counted nouns, verbs, stop words; from
data/measure_words.txt and data/stats_*.txt), the dictionary tokens a clause is read in,
and the two readers of a counted noun: the one after the measure word (`_noun_after`,
3.7万余名在职党员干部) and the one before the number (`_noun_before`, 建立微信群2912个).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kb.wordlists import read_chars, read_list, read_words

CLAUSE_STOPS = frozenset("，,。；;：:！？!?…")
LIST_MARKS = frozenset(read_chars("kb.extract", "stats_list_marks.txt"))
QUOTE_MARKS = frozenset("“”\"‘’'「」")
# A noun before the number that starts with these names the owner of the count (全区3000多户).
DETERMINERS = read_words("kb.extract", "stats_determiners.txt")
NOUN_MAX = 20  # characters; a longer phrase is a clause, not a name
_ORDINAL_PREFIX = re.compile(
    rf"^第[\d零〇一二两三四五六七八九十百千]+[{read_chars('kb.extract', 'stats_ordinal_measures.txt')}]?")


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


def _strip_quotes(noun: str) -> str:
    if (
        len(noun) > 2
        and noun[0] in QUOTE_MARKS
        and noun[-1] in QUOTE_MARKS
        and not any(c in QUOTE_MARKS for c in noun[1:-1])
    ):
        return noun[1:-1]
    return noun


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
