"""Mentions from the analyser's spans, typed by the domain layer.

The head-noun finder (`entities.find_mentions`) knows the domain's names by their ends; the
statistical analyser (`kb.analyse`) knows where Chinese words begin. This step joins them:

- a name that starts inside a word of the analyser is grown back to that word's start
  (…湖山南路街道 inside the word 青湖山南路 becomes 青湖山南路街道);
- a person span (PER) becomes a Person when it overlaps no specific name and reads like a
  name (a known surname, 2–4 Han characters, not an ordinary word);
- an organisation or place span that no name covers is typed by its head noun (the suffix
  table) or by the words that end names only on such spans (`data/span_suffixes.tsv`: …苑,
  …花园, …体育馆, …支部).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kb.analyse import Token
from kb.extract.cues import frames
from kb.extract.entities import Mention, is_han, normalise_name
from kb.extract.lexicon import lexicon
from kb.wordlists import alternation, read_chars, read_list, read_rows

FUNCTION_CHARS = frozenset(read_chars("kb.extract", "function_chars.txt"))
MAX_EXTENSION = 3
WHOLE = read_chars("kb.extract", "whole_determiners.txt")  # 全社区, 各小区: the whole or every one of a class
GROWABLE = ("Region", "Community", "Site", "Unit", "PartyOrg", "Team")
SPAN_SUFFIXES = tuple(sorted(((r[0], r[1], r[2]) for r in read_rows("kb.extract", "span_suffixes.tsv")), key=lambda r: -len(r[0])))


def _respan(m: Mention, text: str, start: int, end: int, how: str) -> None:
    """Move a mention to [start, end): its name follows when it was the span's own text (a
    name coref gave it stays), and its rule says how it moved. Surface and aliases follow in
    `analysed_mentions`, once every step has run."""
    if m.name == normalise_name(text[m.start:m.end]):
        m.name = normalise_name(text[start:end])
    m.start, m.end = start, end
    m.parts = [p for p in m.parts if start <= p.start and p.end <= end]
    m.rule = f"{m.rule}+{how}"


def _covering(tokens: tuple[Token, ...], pos: int) -> Token | None:
    return next((t for t in tokens if t.start <= pos < t.end), None)


def _overlaps(a: Mention | Token, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def grow_to_word_start(text: str, tokens: tuple[Token, ...], mentions: list[Mention]) -> None:
    """A name cut inside a word starts where the word does (only over Han characters)."""
    for m in mentions:
        if m.label not in GROWABLE or m.generic or m.rule == "gazetteer":
            continue  # (a gazetteer name grown is no gazetteer name: 阳光|东区 is an estate)
        word = _covering(tokens, m.start)
        if word is None or word.start >= m.start or word.entity not in ("place", "organisation") \
                and word.tag not in ("nz", "n"):
            continue
        lead = text[word.start:m.start]
        if not all(is_han(c) for c in lead) or lexicon().boundary_starting_at(text, word.start) \
                or lead[0] in FUNCTION_CHARS:
            continue  # 如东城医院, 由宣传部: a function word the analyser glued on
        if any(o is not m and o.end > word.start and o.start < m.start for o in mentions):
            # The characters before belong to a name of their own (某省人大常委会|机关工作队): the
            # name starts after the word, not inside it.
            if word.end < m.end and m.name == normalise_name(text[m.start:m.end]):
                _respan(m, text, word.end, m.end, "after_word")
                m.generic = _is_class_name(m.name)
            continue
        _respan(m, text, word.start, m.end, "word_start")


def _is_class_name(name: str) -> bool:
    """Made of class words and a head only (机关工作队, 临时党支部)."""
    lex = lexicon()
    rest = name
    while rest:
        word = next((w for w in lex.generic_words_and_heads if rest.startswith(w)), None)
        if word is None:
            return False
        rest = rest[len(word):]
    return True


def is_person_name(word: str) -> bool:
    lex = lexicon()
    if not 2 <= len(word) <= 4 or not all(is_han(c) for c in word):
        return False
    if word[:2] in lex.not_names or word in lex.titles or word in lex.boundaries:
        return False
    return word[0] in lex.surnames or word[:2] in lex.surnames


def _head(name: str) -> tuple[str, str] | None:
    """(label, kind) from the longest known head noun that ends the name."""
    lex = lexicon()
    for n in lex.head_lengths:
        if n < len(name) and name[-n:] in lex.heads:
            head = lex.heads[name[-n:]]
            return head.label, head.kind
    return next(((label, kind) for suffix, label, kind in SPAN_SUFFIXES
                 if name.endswith(suffix) and len(name) > len(suffix)), None)


@lru_cache(maxsize=1)
def cue_verbs() -> frozenset[str]:
    """Every cue verb of the relation rules and of the frames: a name never runs over one."""
    return frozenset(c for cs in lexicon().cues.values() for c in cs) | {c for f in frames() for c in f.cues}


def trim_leading_verbs(text: str, tokens: tuple[Token, ...], mentions: list[Mention]) -> None:
    """A place or body does not begin with a cue verb or a function word the analyser keeps
    apart: 支援|青石街道柳荫社区 is the verb and the community it governs, 如|东城医院 an
    example. (Other verbs may open a name: 关上街道. A team may hold a cue: 对口支援…工作组.)"""
    starts = {t.start: t for t in tokens}
    for m in sorted(mentions, key=lambda m: m.end - m.start):  # inner names first, so parts stay parts
        if m.label not in ("Region", "Community", "Site", "Unit", "PartyOrg") or m.generic:
            continue
        start = m.start
        # 了|解社区: a name does not start inside a verb; 服务队抵达|桃源社区: nor run over a cue verb.
        inside = next((t for t in tokens if t.tag == "v" and t.start < m.start < t.end < m.end), None)
        if inside is not None and text[inside.start:m.start] not in cue_verbs():
            start = inside.end  # (包保|桃源 read as one verb: the name starts after the cue, as found)
        cues = [t for t in tokens if t.tag == "v" and start < t.start and t.end < m.end and t.text in cue_verbs()]
        if cues:
            start = cues[-1].end
        while (t := starts.get(start)) is not None and t.end < m.end and t.end in starts and (
                t.tag == "v" and t.text in cue_verbs() and starts[t.end].tag != "v" or t.text in FUNCTION_CHARS):
            start = t.end
        # 挂职|城南社区党委, 分管|青石街道: any verb of two characters or more the analyser reads
        # apart, before a name it marks as a place or an organisation, is no part of that name.
        if (t := starts.get(start)) is not None and t.tag == "v" and len(t.text) >= 2 and t.end < m.end \
                and (nxt := starts.get(t.end)) is not None and nxt.tag in ("LOC", "ORG"):
            start = t.end
        if start != m.start:
            _respan(m, text, start, m.end, "verb_trimmed")


def drop_verbs_read_as_names(tokens: tuple[Token, ...], mentions: list[Mention]) -> None:
    """走街串巷 ends in 巷 but is one verb of the analyser's: no name at all."""
    verbs = {(t.start, t.end) for t in tokens if t.tag == "v" and len(t.text) > 2}
    for m in [m for m in mentions if m.label != "Person" and (m.start, m.end) in verbs]:
        mentions.remove(m)


def respect_person_words(tokens: tuple[Token, ...], mentions: list[Mention]) -> None:
    """A person the analyser is sure of is one word: a name grown over it (韩景明代表医疗队) or a
    person cut across it (…涛三位 for the end of 周海涛) is dropped, and a person read past it
    (周海涛笑着, with the verb) is cut back to it."""
    persons = [t for t in tokens if t.entity == "person" and is_person_name(t.text)]
    for m in list(mentions):
        for t in persons:
            if not _overlaps(t, m) or (m.start, m.end) == (t.start, t.end):
                continue
            inside = m.start <= t.start and t.end <= m.end
            if m.label == "Person" and inside:
                m.start, m.end, m.name, m.rule = t.start, t.end, t.text, f"{m.rule}+analyser_word"
            elif m.label == "Person" or m.start == t.start and m.end > t.end:
                mentions.remove(m)
            else:
                continue
            break


def _blocks(t: Token, m: Mention) -> bool:
    """Whether mention `m` keeps span `t` from being a name: it does unless `t` is an
    organisation or place that merely opens with a region (某市|东风中学, 某区|体育馆)."""
    if not _overlaps(t, m):
        return False
    return not (m.label == "Region" and m.start == t.start and m.end < t.end)


def extend_to_analyser_word(text: str, tokens: tuple[Token, ...], mentions: list[Mention]) -> None:
    """东城区人大|常委会: a body's name that stops short of the organisation word the analyser
    read from the same start is extended to its end (a few characters, none a title). A class
    mention too (省人大|常委会): coref names it after the region later. A place likewise when
    what is left of the analyser's place word is a part of an estate (阳光花园|东区)."""
    for m in list(mentions):
        if m.label in ("Unit", "PartyOrg"):
            entity = "organisation"
        elif m.label in ("Community", "Site") and not m.generic:
            entity = "place"
        else:
            continue
        word = next((t for t in tokens if t.start == m.start and t.entity == entity), None)
        if word is None or not m.end < word.end <= m.end + MAX_EXTENSION:
            continue
        if entity == "place" and not any(text[m.end:word.end] == s for s, _, _ in SPAN_SUFFIXES):
            continue
        if entity == "organisation" and any(text.startswith(c, m.end) for c in cue_verbs() if len(c) > 1):
            continue  # 某委|整体接管: the analyser glued the start of a cue verb on
        inside = [o for o in mentions if o.label == "Region" and m.end <= o.start and o.end <= word.end]
        others = [o for o in mentions if o is not m and o not in inside]
        if text[m.end:word.end] in lexicon().titles or any(
                _overlaps(word, o) and o.start >= m.end or (o.start, o.end) == (word.start, word.end) for o in others):
            continue
        for o in inside:  # 阳光花园|东区 is no district 东区
            mentions.remove(o)
        _respan(m, text, m.start, word.end, "analyser_word")


def _listed_with_persons(tokens: tuple[Token, ...], i: int) -> bool:
    """王某、世某、刘某: a name without a known surname between persons of a list is a person."""
    def person_at(j: int) -> bool:
        return 0 <= j < len(tokens) and tokens[j].entity == "person" and is_person_name(tokens[j].text)
    word = tokens[i].text
    return 2 <= len(word) <= 3 and all(is_han(c) for c in word) and \
        (i >= 2 and tokens[i - 1].text == "、" and person_at(i - 2) or
         i + 2 < len(tokens) and tokens[i + 1].text == "、" and person_at(i + 2))


def _spans(tokens: tuple[Token, ...]) -> list[tuple[int, int, str]]:
    """The analyser's place and organisation spans, each joined with the head noun it left
    outside (青石|柳荫|社区, 东城|支部): (start, end, entity of the first word)."""
    out = []
    for i, t in enumerate(tokens):
        if t.entity not in ("organisation", "place"):
            continue
        j = i
        while j + 1 < len(tokens) and tokens[j + 1].entity in ("organisation", "place"):
            j += 1
        if j + 1 < len(tokens) and _is_head_word(tokens[j + 1].text):
            out.append((t.start, tokens[j + 1].end, t.entity))
        out.append((t.start, t.end, t.entity))
    return out


def _end_of_word(tokens: tuple[Token, ...], start: int) -> int:
    return next(t.end for t in tokens if t.start == start)


def _is_head_word(word: str) -> bool:
    lex = lexicon()
    return word in lex.heads or any(word == s for s, _ in lex.region_suffixes) or \
        any(word == s for s, _, _ in SPAN_SUFFIXES)


def _region_level(name: str) -> str | None:
    return next((level for suffix, level in lexicon().region_suffixes if name.endswith(suffix)), None)


def mark_references(text: str, mentions: list[Mention]) -> None:
    """What names nobody after coref has run: a bare head noun (社区, 全社区) that no rule named,
    and a person referred to by surname and title (王书记, 刘主任), are class mentions; a
    subdistrict's communities (某某街道社区) are the subdistrict itself, not a community."""
    lex = lexicon()
    for m in list(mentions):
        if m.generic:
            continue
        region = next((p for p in m.parts if p.label == "Region" and p.end > m.start
                       and p.properties.get("level") in ("town", "subdistrict")), None)
        if m.label == "Community" and region is not None and text[region.end:m.end] in lex.heads \
                and m.properties.get("kind") in ("社区", "村"):
            mentions.remove(m)
            if region not in mentions:
                mentions.append(region)
            continue
        if m.name[:1] in WHOLE and m.name[1:] in lex.heads:
            m.generic = True
            continue
        # (A body's head can be a whole name, 团市委; a place's never is.)
        # (新村 can be a village's name: only a head that is its own kind, 社区 or 小区, is bare.)
        bare = m.label in ("Community", "Site") and (m.name == m.properties.get("kind") or m.name in lex.generic_words)
        by_title = m.label == "Person" and (m.name[1:] in lex.titles or m.name[2:] in lex.titles)
        if bare or by_title:
            m.generic = True


@lru_cache(maxsize=1)
def _address() -> re.Pattern[str]:
    heads = sorted(read_list("kb.extract", "address_heads.txt"), key=len, reverse=True)
    return re.compile(rf"(?:路|街|巷|大道)[0-9０-９]+(?:{alternation(heads)})")


def addresses(text: str, surface: str, tokens: tuple[Token, ...], mentions: list[Mention]) -> list[Mention]:
    """某路38号院, 某路760弄: a compound named by its address is a community (kind 院落). The
    road's name starts where the analyser's word for it does."""
    out = []
    for m in _address().finditer(text):
        word = _covering(tokens, m.start())
        start = word.start if word is not None and word.start < m.start() else m.start()
        # 青湖|后路9号: a road's name of two nouns; never over a verb, a preposition or 的.
        before = [t for t in tokens if t.end == start and t.tag in ("n", "nz", "LOC") and is_han(t.text[0])]
        if before and start < m.start():
            start = before[0].start
        if start == m.start() or any(x.start < m.end() and start < x.end for x in mentions):
            continue
        out.append(Mention("Community", normalise_name(text[start:m.end()]), start, m.end(), surface[start:m.end()],
                           properties={"kind": "院落"}, rule="address"))
    return out


def analysed_mentions(text: str, surface: str, tokens: tuple[Token, ...], mentions: list[Mention]) -> list[Mention]:
    """New mentions from the analyser's spans that the head-noun finder missed (and the
    finder's mentions made to respect the analyser's words)."""
    before = {id(m): (m.start, m.end, m.surface) for m in mentions}
    drop_verbs_read_as_names(tokens, mentions)
    respect_person_words(tokens, mentions)
    trim_leading_verbs(text, tokens, mentions)
    grow_to_word_start(text, tokens, mentions)
    extend_to_analyser_word(text, tokens, mentions)
    specific = [m for m in mentions if not m.generic]
    out: list[Mention] = []
    for i, t in enumerate(tokens):
        if t.entity == "person" and (is_person_name(t.text) or _listed_with_persons(tokens, i)) and \
                not any(_blocks(t, m) for m in specific + out):
            out.append(Mention("Person", t.text, t.start, t.end, surface[t.start:t.end], rule="analyser_person"))
    for start, end, entity in _spans(tokens):
        span = Token(text[start:end], entity, start, end)
        # 阳光|东区: a region read at the end of a place's word is the end of that name.
        tail = [m for m in mentions if m.label == "Region" and start < m.start and m.end == end and _head(span.text)]
        if len(span.text) < 3 or any(_blocks(span, m) for m in mentions + out if m not in tail):
            continue  # a class mention (宣传部) is coref's to name
        typed = _head(span.text) or (("Unit", "") if entity == "organisation" and end == _end_of_word(tokens, start)
                                     else None)
        if typed and typed[0] != "Region":
            label, kind = typed
            for m in tail:
                mentions.remove(m)
            out.append(Mention(label, normalise_name(span.text), start, end, surface[start:end],
                               properties={"kind": kind}, rule=f"analyser_{entity}"))
        elif (level := _region_level(span.text)) in ("town", "subdistrict") and end != _end_of_word(tokens, start):
            out.append(Mention("Region", normalise_name(span.text), start, end, surface[start:end],
                               properties={"level": level}, rule="analyser_place_and_suffix"))
    out += addresses(text, surface, tokens, mentions + out)
    for m in mentions:  # a mention moved above is spelt, and known, by its new span only
        start, end, old = before.get(id(m), (m.start, m.end, m.surface))
        if (start, end) != (m.start, m.end):
            m.aliases.discard(normalise_name(old))
            m.surface = surface[m.start:m.end]
    for m in mentions + out:
        m.aliases.add(normalise_name(m.surface))
    return out
