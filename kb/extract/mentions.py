"""Mentions from the analyser's spans, typed by the domain layer.

The head-noun finder (`entities.find_mentions`) knows the domain's names by their ends; the
statistical analyser (`kb.analyse`) knows where Chinese words begin. This step joins them:

- a name that starts inside a word of the analyser is grown back to that word's start
  (…荆山南路街道 inside the word 紫荆山南路 becomes 紫荆山南路街道);
- a person span (PER) becomes a Person when it overlaps no specific name and reads like a
  name (a known surname, 2–4 Han characters, not an ordinary word);
- an organisation or place span that no name covers is typed by its head noun (the suffix
  table) or, for places, by the estate words of `data/estate_suffixes.txt` (…苑, …花园).
"""

from __future__ import annotations

from kb.analyse import Token
from kb.extract.entities import Mention, is_han, normalise_name
from kb.extract.frames import frames
from kb.extract.lexicon import _lines, lexicon

FUNCTION_CHARS = frozenset(_lines("function_chars.txt")[0])
MAX_EXTENSION = 3
CUE_VERBS = frozenset(c for cs in lexicon().cues.values() for c in cs) | {c for f in frames() for c in f.cues}
GROWABLE = ("Region", "Community", "Site", "Unit", "PartyOrg", "Team")
ESTATE_SUFFIXES = tuple(sorted(_lines("estate_suffixes.txt"), key=len, reverse=True))
VENUE_SUFFIXES = tuple(sorted(_lines("venue_suffixes.txt"), key=len, reverse=True))


def _covering(tokens: tuple[Token, ...], pos: int) -> Token | None:
    return next((t for t in tokens if t.start <= pos < t.end), None)


def _overlaps(a: Mention | Token, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def grow_to_word_start(text: str, tokens: tuple[Token, ...], mentions: list[Mention]) -> None:
    """A name cut inside a word starts where the word does (only over Han characters)."""
    for m in mentions:
        if m.label not in GROWABLE or m.generic:
            continue
        word = _covering(tokens, m.start)
        if word is None or word.start >= m.start or word.entity not in ("place", "organisation") \
                and word.tag not in ("nz", "ns", "nt", "n"):
            continue
        lead = text[word.start:m.start]
        if not all(is_han(c) for c in lead) or lexicon().boundary_starting_at(text, word.start) \
                or lead[0] in FUNCTION_CHARS:
            continue  # 如瑞金医院, 由统战部: a function word the analyser glued on
        if any(o is not m and o.end > word.start and o.start < m.start for o in mentions):
            continue  # the characters before belong to a name of their own
        if m.name == normalise_name(text[m.start:m.end]):
            m.name = normalise_name(text[word.start:m.end])
        m.start = word.start
        m.rule = f"{m.rule}+word_start"


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
    if any(name.endswith(s) and len(name) > len(s) for s in ESTATE_SUFFIXES):
        return "Community", "小区"
    if any(name.endswith(s) and len(name) > len(s) for s in VENUE_SUFFIXES):
        return "Site", "场馆"
    return None


def trim_leading_verbs(text: str, tokens: tuple[Token, ...], mentions: list[Mention]) -> None:
    """A place or body does not begin with a cue verb or a function word the analyser keeps
    apart: 支援|转塘街道五云梦湖社区 is the verb and the community it governs, 如|瑞金医院 an example. (Other verbs may open a name: 关上街道. A team may hold a cue:
    定向支援…小组.)"""
    starts = {t.start: t for t in tokens}
    for m in mentions:
        if m.label not in ("Region", "Community", "Site", "Unit", "PartyOrg") or m.generic:
            continue
        old = m.start
        # 了|解社区: a name does not start inside a verb; 服务队抵达|龙湖社区: nor run over a cue verb.
        inside = next((t for t in tokens if t.tag == "v" and t.start < m.start < t.end < m.end), None)
        if inside is not None:
            m.start = inside.end
        cues = [t for t in tokens if t.tag == "v" and m.start < t.start and t.end < m.end and t.text in CUE_VERBS]
        if cues:
            m.start = cues[-1].end
        while (t := starts.get(m.start)) is not None and t.end < m.end and t.end in starts and (
                t.tag == "v" and t.text in CUE_VERBS and starts[t.end].tag != "v" or t.text in FUNCTION_CHARS):
            m.start = t.end
        if m.start != old:
            if m.name == normalise_name(text[old:m.end]):
                m.name = normalise_name(text[m.start:m.end])
            m.parts = [p for p in m.parts if p.start >= m.start]
            m.rule = f"{m.rule}+verb_trimmed"


def respect_person_words(tokens: tuple[Token, ...], mentions: list[Mention]) -> None:
    """A person the analyser is sure of is one word: a name grown over it (袁毅代表医疗队) or a
    person cut across it (…明三位 for the end of 周明明) is dropped."""
    persons = [t for t in tokens if t.entity == "person" and is_person_name(t.text)]
    for m in list(mentions):
        for t in persons:
            if not _overlaps(t, m) or (m.start, m.end) == (t.start, t.end):
                continue
            grown_over = m.label != "Person" and m.start == t.start and m.end > t.end
            cut_across = m.label == "Person" and not (m.start <= t.start and t.end <= m.end)
            if grown_over or cut_across:
                mentions.remove(m)
                break


def _blocks(t: Token, m: Mention) -> bool:
    """Whether mention `m` keeps span `t` from being a name: it does unless `t` is an
    organisation or place that merely opens with a region (合肥市|阳光中学, 某区|体育馆)."""
    if not _overlaps(t, m):
        return False
    return not (m.label == "Region" and m.start == t.start and m.end < t.end)


def extend_to_organisation_word(text: str, tokens: tuple[Token, ...], mentions: list[Mention]) -> None:
    """东城区人大|常委会: a body's name that stops short of the organisation word the analyser
    read from the same start is extended to its end (a few characters, none a title)."""
    for m in mentions:
        if m.label not in ("Unit", "PartyOrg") or m.generic:
            continue
        word = next((t for t in tokens if t.start == m.start and t.entity == "organisation"), None)
        if word is None or not m.end < word.end <= m.end + MAX_EXTENSION:
            continue
        if text[m.end:word.end] in lexicon().titles or any(
                o is not m and (_overlaps(word, o) and o.start >= m.end or (o.start, o.end) == (word.start, word.end))
                for o in mentions):
            continue
        if m.name == normalise_name(text[m.start:m.end]):
            m.name = normalise_name(text[m.start:word.end])
        m.end = word.end
        m.rule = f"{m.rule}+organisation_word"


def analysed_mentions(text: str, surface: str, tokens: tuple[Token, ...], mentions: list[Mention]) -> list[Mention]:
    """New mentions from the analyser's spans that the head-noun finder missed (and the
    finder's mentions made to respect the analyser's words)."""
    respect_person_words(tokens, mentions)
    trim_leading_verbs(text, tokens, mentions)
    grow_to_word_start(text, tokens, mentions)
    extend_to_organisation_word(text, tokens, mentions)
    specific = [m for m in mentions if not m.generic]
    out: list[Mention] = []
    for t in tokens:
        if any(_blocks(t, m) for m in specific + out):
            continue
        if t.entity == "person" and is_person_name(t.text):
            out.append(Mention("Person", t.text, t.start, t.end, surface[t.start:t.end], rule="analyser_person"))
        elif t.entity in ("organisation", "place") and len(t.text) >= 3 and \
                not any(_blocks(t, m) for m in mentions):  # a class mention (宣传部) is coref's to name
            typed = _head(t.text) or (("Unit", "") if t.entity == "organisation" else None)
            if typed and typed[0] != "Region":
                label, kind = typed
                out.append(Mention(label, normalise_name(t.text), t.start, t.end, surface[t.start:t.end],
                                   properties={"kind": kind}, rule=f"analyser_{t.entity}"))
    for m in out:
        m.aliases.add(normalise_name(m.surface))
    return out
