"""The two ends of a cue: its patients on the right and its agents on the left (frames.py).

Patients: the first fitting specific mention after the cue and those coordinated with it (a
place qualifying the next gives way to it), else the places a preposition puts just before the
cue. Agents: the fitting mention nearest before the cue and those listed with it (persons
perhaps with their own titles: 科长李某、副科长王某), and the body that sends the persons named.
"""

from __future__ import annotations

from kb.analyse import Token
from kb.extract.clauses import NOUN_TAGS, PLACES, fits, is_separator, sending_verbs, words
from kb.extract.cues import CueAt
from kb.extract.entities import Mention
from kb.extract.lexicon import lexicon
from kb.extract.relations.titles import title_of

MAX_GAP = 6  # characters between a cue and its first patient
MAX_BEFORE_CUE = 3  # 与X社区开展共建: characters between a place before the cue and the cue
MAX_PEOPLE = 8  # 的党员干部们纷纷: the people and their adverbs between a body and the cue


def _qualifies_a_noun(text: str, region: Mention, tokens: tuple[Token, ...], mentions: list[Mention]) -> bool:
    if any(t.start < region.end < t.end for t in tokens):
        return True  # the analyser reads one word across the region's end: 某区体育馆
    nxt = next((t for t in tokens if t.start == region.end), None)
    return nxt is not None and nxt.tag in NOUN_TAGS and not any(m.start == region.end for m in mentions)


def patients(text: str, cue: CueAt, clause_end: int, mentions: list[Mention],
             tokens: tuple[Token, ...]) -> list[Mention]:
    after = [m for m in mentions if cue.end <= m.start < clause_end]
    bare = _bare_place_named_before(text, cue, mentions) if cue.frame.refers_back else None
    if bare is not None:
        return [bare]
    first = next((m for m in after if fits(m, cue.frame.patients)), None)
    if first is None or first.start - cue.end > MAX_GAP:
        return []
    if any(w in text[cue.end:first.start] for w in words()["agentive"]):
        return []  # 成立由X任组长的Y小组: X leads what is set up, it is not set up
    if first.label == "Region" and _qualifies_a_noun(text, first, tokens, mentions):
        return []  # 某区体育馆 with no name for the 体育馆: the region is not the place meant
    if any(m.start < first.start and m.label in ("Person", "Unit", "PartyOrg", "Team") and not m.generic
           for m in after):
        return []  # another actor stands between: the cue is not about this place
    out = [first]
    rest = after[after.index(first) + 1:] + _listed_on(text, clause_end, mentions, tokens)
    for m in rest:
        between = text[out[-1].end:m.start]
        if between in ("", "的") and out[-1].label == "Region" and m.label in ("Community", "Site", "Region"):
            out[-1] = m  # 青石街道柳荫社区: the region qualifies the place
        elif between == "" and out[-1].label == "Community" and m.label in PLACES:
            out.append(m)  # 桃源社区阳光苑: the estate and the community it is in are both where one went
        elif fits(m, cue.frame.patients) and is_separator(between):
            out.append(m)
        else:
            break
    # 深入A街道、B街道封控区: regions that qualify an unnamed noun are not the places meant.
    return [m for m in out if not (m.label == "Region" and _qualifies_a_noun(text, m, tokens, mentions))]


def _listed_on(text: str, clause_end: int, mentions: list[Mention], tokens: tuple[Token, ...]) -> list[Mention]:
    """A; B: the places of the clauses after a semicolon that hold only places, no verb
    (下沉到A镇甲村、乙村；B镇丙村、丁村), go on the list the cue started."""
    out: list[Mention] = []
    while text[clause_end:clause_end + 1] in (";", "；"):
        start = clause_end + 1
        ends = [i for i in (text.find(c, start) for c in ",，;；。") if i >= 0]
        clause_end = min(ends) if ends else len(text)
        if any(start <= t.start < clause_end and t.tag.startswith("v") for t in tokens):
            break
        inside = [m for m in mentions if start <= m.start < clause_end]
        if not inside or inside[0].start != start:
            break
        out += inside
    return out


def _bare_place_named_before(text: str, cue: CueAt, mentions: list[Mention]) -> Mention | None:
    """跟着桃源社区工作人员，前往社区…: a bare 社区 (or 小区, 村) right after the cue is the one place
    of its kind the sentence has named before it (ANNOTATION.md: back-references)."""
    if any(cue.end <= m.start <= cue.end + 1 and not m.generic for m in mentions):
        return None  # a place of its own is named after the cue
    named = {m.name: m for m in mentions if m.end <= cue.start and m.label in PLACES and not m.generic
             and fits(m, cue.frame.patients)}
    if len(named) != 1:
        return None
    place = next(iter(named.values()))
    kind = place.properties.get("kind", "")
    return place if kind and text.startswith(kind, cue.end) else None


def _opens_a_place_phrase(tokens: tuple[Token, ...], cue: CueAt) -> bool:
    """共建|微信群|里: the cue, a noun and a locative make one place phrase, no act."""
    after = [t for t in tokens if t.start >= cue.end][:3]
    nouns = 0
    while nouns < len(after) and after[nouns].tag in NOUN_TAGS:
        nouns += 1
    return 0 < nouns < len(after) and (after[nouns].tag == "f" or after[nouns].text in words()["locative"])


def last_before(cue: CueAt, clause_start: int, mentions: list[Mention], labels: frozenset[str]
                 ) -> tuple[list[Mention], Mention | None]:
    """The clause's mentions before the cue, and the last of them when it fits `labels` and
    stands within MAX_BEFORE_CUE characters of the cue."""
    before = [m for m in mentions if clause_start <= m.start and m.end <= cue.start]
    last = before[-1] if before and cue.start - before[-1].end <= MAX_BEFORE_CUE and fits(before[-1], labels) else None
    return before, last


def preceded_by(text: str, clause_start: int, m: Mention, role: str) -> bool:
    """Whether a function word of `role` (data/clause_words.tsv) stands right before `m`."""
    return any(text[max(clause_start, m.start - n):m.start] in words()[role] for n in (1, 2))


def patients_before(text: str, cue: CueAt, clause_start: int, mentions: list[Mention],
                    tokens: tuple[Token, ...]) -> list[Mention]:
    """与X社区对接, 向X党组织报到, 在A、B的领导下, 在X社区开展工作: the places a preposition puts
    just before the cue (not 在X党委共建微信群里, where the cue describes a place after it)."""
    if _opens_a_place_phrase(tokens, cue):
        return []
    before, last = last_before(cue, clause_start, mentions, cue.frame.patients)
    if last is None:
        return []
    listed = [last]
    for m in reversed(before[:-1]):
        if fits(m, cue.frame.patients) and is_separator(text[m.end:listed[-1].start]):
            listed.append(m)
        else:
            break
    if cue.frame.type == "SINKS_TO" and preceded_by(text, clause_start, listed[-1], "comitative"):
        return []  # 与X社区开展共建: a partner in the work, not where one went
    return listed[::-1] if preceded_by(text, clause_start, listed[-1], "preposition") else []


def _people_of(text: str, body: Mention, upto: int) -> bool:
    """某局的党员干部们下沉…: a body's own people going is the body acting (data/sent_people.txt)."""
    rest = text[body.end + 1:upto]
    return body.label != "Person" and rest.startswith(lexicon().sent_people) and len(rest) <= MAX_PEOPLE


def agents(text: str, cue: CueAt, clause_start: int, mentions: list[Mention], upto: int | None = None,
           same_label: bool = True) -> list[Mention]:
    """The fitting mention nearest before `upto` (the cue, or the place a preposition put
    before it) and those coordinated with it (of its label, unless `same_label` is off)."""
    upto = cue.start if upto is None else upto
    before = [m for m in mentions if clause_start <= m.start and m.end <= upto]
    fitting = [m for m in before if fits(m, cue.frame.agents) and text[m.start - 1:m.start] not in
               words()["locative_preposition"] and (text[m.end:m.end + 1] not in words()["modifier_mark"]
                                                    or _people_of(text, m, upto))]
    if not fitting:
        return []
    nearest = fitting[-1]
    # A place or body qualifying the nearest (X局干部Y): the person alone acts.
    out = [nearest]
    for m in reversed(before[:before.index(nearest)]):
        if fits(m, cue.frame.agents) and (m.label == nearest.label or not same_label) and \
                _listed(text, m, out[-1]):
            out.append(m)
        else:
            break
    return out[::-1] + _sender(text, out[-1], before)


def _listed(text: str, m: Mention, nxt: Mention) -> bool:
    """Whether `m` and `nxt` are members of one list: a separator between them, and for persons
    perhaps the next one's title after it (科长李某、副科长王某)."""
    between = text[m.end:nxt.start]
    if is_separator(between):
        return True
    if m.label != "Person" or nxt.label != "Person" or not between or between[0] not in "、,，":
        return False
    return bool(title_of(between[1:]))


def _sender(text: str, first: Mention, before: list[Mention]) -> list[Mention]:
    """X局选派A、B进驻Y社区: the body that sends the people named acts too (ANNOTATION.md)."""
    if first.label != "Person":
        return []
    body = next((m for m in reversed(before) if m.end <= first.start), None)
    if body is None or body.label not in ("Unit", "PartyOrg", "Team") or body.generic:
        return []
    return [body] if text[body.end:first.start].strip() in sending_verbs() else []
