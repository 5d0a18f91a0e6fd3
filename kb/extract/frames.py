"""Relations from clause structure: one mechanism for every cue-verb relation type.

A relation type is a row of `data/frames.tsv`: its cue verbs, the labels its agents may have and
the labels its patients may have (`Region:town` for a level). In each clause (`clauses.py`) a
cue found at a word boundary of the analyser takes (the ends are read in `frame_ends.py`)

- its **patients**: the first fitting specific mention after the cue (a few characters may
  stand between, no punctuation) and every mention coordinated with it, a place qualifying the
  next giving way to it; else the places a preposition puts just before the cue (与X对接,
  在A、B的领导下, 在X社区开展工作); else, in a relative clause after 是 (X是Y帮扶的村), the
  clause's subject; else, for 下沉一线, the place just named for the same agent;
- its **agents**: the fitting mention nearest before the cue (or before the places before it)
  and those coordinated with it; else the person a relative clause ends with (下沉到X的…Y说);
  else the clause's carried subject (`clauses.carried`). A team named after its unit acts for
  the unit too.

A person introduced by their unit (X局干部Y, X局的Y) is the agent, not the unit: the unit is
linked to the person by a post (`relations/titles.py`), and acts itself only when the text says
so (组织, 选派, 派出…). A person sent somewhere with a title (X局派驻Y村的第一书记Z) goes there,
holds the title there and works for the sender.
"""

from __future__ import annotations

from kb.analyse import Token
from kb.extract.clauses import (
    ACTOR_LABELS,
    PLACES,
    Discourse,
    at_opening_place,
    carried,
    clauses,
    fits,
    is_separator,
    subject_of,
    words,
)
from kb.extract.cues import CueAt, find_cues, modifier_heads, visit_verbs
from kb.extract.entities import Mention
from kb.extract.entities.mention import QUOTES
from kb.extract.frame_ends import agents, last_before, patients, patients_before, preceded_by
from kb.extract.lexicon import lexicon
from kb.extract.relations.base import Found
from kb.extract.relations.titles import title_of
from kb.wordlists import read_words

COMMUNITY_KINDS = read_words("kb.extract", "community_kinds.txt")  # 社区, 村, 小区 …
PARTY_DEPARTMENT = "党委部门"  # the kind org_suffixes.tsv gives 组织部, 统战部, 宣传部…


def by_agent(text: str, cue: CueAt, clause_start: int, mentions: list[Mention]) -> tuple[Mention, Mention] | None:
    """X社区由Y局包保, X方舱医院交由Y委接管: the agent after 由 stands just before the cue, the
    patient is what the clause opened with."""
    before, agent = last_before(cue, clause_start, mentions, cue.frame.agents)
    if agent is None:
        return None
    # 由X局党组书记Y包联: a person introduced by their body and title; 由 stands before the body.
    introduced = _introducer(text, agent, before)
    if not preceded_by(text, clause_start, introduced or agent, "passive"):
        return None
    opening = before[:before.index(introduced)] if introduced else before[:-1]
    patient = next((m for m in reversed(opening) if fits(m, cue.frame.patients)), None)
    return (agent, patient) if patient is not None else None


def _introducer(text: str, person: Mention, before: list[Mention]) -> Mention | None:
    """The body right before a person with only a title between (X局党组书记Y), if any."""
    if person.label != "Person" or len(before) < 2 or before[-1] is not person:
        return None
    body = before[-2]
    return body if body.label in ACTOR_LABELS and title_of(text[body.end:person.start]) else None


def relative_head(text: str, cue: CueAt, clause_start: int, mentions: list[Mention]) -> Mention | None:
    """石桥村是县纪委帮扶的贫困村: the cue in a relative clause (…的 + noun) after 是 is about the
    clause's subject."""
    if text[cue.end:cue.end + 1] not in words()["modifier_mark"]:
        return None
    opening = [m for m in mentions if clause_start <= m.start < cue.start]
    if not opening or not fits(opening[0], cue.frame.patients) or \
            not text[opening[0].end:cue.start].lstrip().startswith(words()["copula"]):
        return None
    return opening[0]


def frame_relations(text: str, tokens: tuple[Token, ...], mentions: list[Mention],
                    discourse: Discourse) -> list[Found]:
    """Every cue-verb relation of one sentence; `discourse` carries subjects between calls."""
    out = at_opening_place(text, tokens, mentions)
    cues = find_cues(text, tokens, mentions)
    for start, end in clauses(text):
        if (post := apposition(text, start, end, tokens, mentions, discourse)) is not None:
            out.append(post)
            continue  # 周某，某局党员，主动…: the clause says who the subject is; it stays the subject
        subject = subject_of(text, start, end, tokens, mentions, ACTOR_LABELS)
        for cue in (c for c in cues if start <= c.start < end):
            found = read_cue(text, tokens, mentions, discourse, cue, (start, end), out)
            # X局派驻Y村的第一书记Z，…: the person the noun phrase ends with is what the sentence is about.
            subject = [f.source for f in found if f.rule == "frame_appointed_there"][:1] or subject
            out.extend(found)
        if subject:
            discourse.set_subject(subject)
        for m in mentions:
            if start <= m.start < end and m.label == "Person" and not m.generic:
                discourse.last_person = m
    return out


def _described(text: str, cue: CueAt, start: int, mentions: list[Mention]) -> list[Found]:
    """X作为Y的包联单位, X是Y的结对单位: the body said to be the place's <cue> unit stands in that
    relation to it."""
    place = next((m for m in mentions if m.end == cue.start - 1 and fits(m, cue.frame.patients)), None)
    if place is None:
        return []
    said = next((w for w in words()["being"] if w in text[start:place.start]), None)
    if said is None:
        return _described_by_apposition(text, cue, place, mentions)
    upto = text.index(said, start)
    return [Found(cue.frame.type, s, place, "frame_described", cue.frame.properties(cue.word))
            for s in agents(text, cue, start, mentions, upto) if s.key != place.key]


def _place_said_to_be(text: str, cue: CueAt, start: int, mentions: list[Mention]) -> list[Found]:
    """Y社区是X局的包联社区: the place the clause opens with is the one the body before 的 <cue>s."""
    if text[cue.start - 1:cue.start] not in words()["modifier_mark"] or \
            not text.startswith(COMMUNITY_KINDS, cue.end):
        return []
    body = next((m for m in mentions if m.end == cue.start - 1 and fits(m, cue.frame.agents) and not m.generic), None)
    said = next((w for w in words()["being"] if w in text[start:cue.start]), None)
    if body is None or said is None:
        return []
    upto = text.index(said, start)
    place = next((m for m in mentions if start <= m.start and m.end <= upto and fits(m, cue.frame.patients)
                  and not m.generic), None)
    return [Found(cue.frame.type, body, place, "frame_place_said_to_be", cue.frame.properties(cue.word))] \
        if place is not None and place.key != body.key else []


def _described_by_apposition(text: str, cue: CueAt, place: Mention, mentions: list[Mention]) -> list[Found]:
    """Y社区的包保单位X局(、Z局): the bodies named right after the described noun are the ones."""
    head = next((h for h in modifier_heads() if text.startswith(h, cue.end)), None)
    if head is None:
        return []
    named = sorted((m for m in mentions if not m.generic and fits(m, cue.frame.agents)), key=lambda m: m.start)
    first = next((m for m in named if m.start == cue.end + len(head)), None)
    if first is None:
        return []
    listed = [first]
    for m in named:
        if m.start > listed[-1].end and is_separator(text[listed[-1].end:m.start]):
            listed.append(m)
    return [Found(cue.frame.type, m, place, "frame_described_apposition", cue.frame.properties(cue.word))
            for m in listed if m.key != place.key]


def apposition(text: str, start: int, end: int, tokens: tuple[Token, ...], mentions: list[Mention],
               discourse: Discourse) -> Found | None:
    """周海涛，东城区民政局党员，…: a clause of only a body and a title after a person who opened
    the sentence is that person's post."""
    person = discourse.subject[0] if discourse.subject_is_this_sentences and discourse.subject else None
    if person is None or person.label != "Person" or any(start <= t.start < end and t.tag == "v" for t in tokens):
        return None
    inside = [m for m in mentions if start <= m.start < end]
    if not inside or inside[0].start != start or inside[-1].label not in ("Unit", "PartyOrg", "Team", "Site", "Community"):
        return None
    title = title_of(text[inside[-1].end:end])
    return Found("HOLDS_POST", person, inside[-1], "frame_apposition", {"title": title}) if title else None


def read_cue(text: str, tokens: tuple[Token, ...], mentions: list[Mention], discourse: Discourse, cue: CueAt,
             clause: tuple[int, int], earlier: list[Found]) -> list[Found]:
    """The relations one cue states: its patients, then its agents, each side by the first
    construction that finds it."""
    start, end = clause
    if cue.frame.type == "SINKS_TO" and _is_a_visit(tokens, cue, end):
        return []  # 深入X社区调研: a visit, not a sinking (ANNOTATION.md)
    if cue.describes:
        return _described(text, cue, start, mentions)
    if said_to_be := _place_said_to_be(text, cue, start, mentions):
        return said_to_be
    targets, before, agent_from = patients(text, cue, end, mentions, tokens), None, start
    if not targets and (listed := patients_before(text, cue, start, mentions, tokens)):
        targets, before = listed, listed[0]
    if not targets and cue.frame.type != "SINKS_TO" and (passive := by_agent(text, cue, start, mentions)) is not None:
        return [Found(cue.frame.type, passive[0], passive[1], "frame_passive", cue.frame.properties(cue.word))]
    if not targets and (head := relative_head(text, cue, start, mentions)) is not None:
        targets, agent_from = [head], head.end  # the agent stands between 是 and the cue
    sources = agents(text, cue, agent_from, mentions, before.start if before else None)
    if not sources and targets:
        sources = _relative_agent(text, targets[-1], end, mentions, cue)
    if len(sources) > 1 and words()["respectively"][0] in text[sources[-1].end:cue.start]:
        # A、B分别对接C、D: pairs in order; one place is each one's; lists of different lengths
        # state no pair for sure.
        if len(targets) == 1:
            targets = targets * len(sources)
        if len(sources) != len(targets):
            return []
        return [Found(cue.frame.type, s, t, "frame_respectively", cue.frame.properties(cue.word))
                for s, t in zip(sources, targets, strict=True)]
    rule = "frame"
    if not sources:
        sources, rule = carried(text, start, cue.start, cue.frame.agents, discourse, tokens)
    if not targets and cue.frame.type == "SINKS_TO" and text.startswith(words()["front_line"], cue.end):
        targets, rule = _place_meant(sources, earlier)
    if not targets:
        return _listed_partners(text, cue, start, mentions)
    sources = sources + [u for s in sources if (u := _unit_of_team(s)) is not None and u not in sources]
    if cue.frame.type == "SINKS_TO":  # 坚守在X社区卡口: duty at a community's site is a sinking to it
        targets = targets + [c for t in targets if t.label == "Site" for c in t.parts
                             if c.label == "Community" and not c.generic and c.start == t.start]
    out = [Found(cue.frame.type, *_oriented(cue.frame.type, s, t), rule, cue.frame.properties(cue.word))
           for s in sources for t in targets if s.key != t.key and not _named_after(s, t)]
    out += [Found("SUBORDINATE_TO", f.target, f.source, "frame_set_up_by_party_body", {"verb": cue.word})
            for f in out if f.type == "ESTABLISHED" and _heads_what_it_sets_up(f.source, f.target)]
    return out + _appointed_there(text, cue, targets, sources, clause, mentions)


def _place_meant(sources: list[Mention], earlier: list[Found]) -> tuple[list[Mention], str]:
    """Where a going names no place but the front line: 主动包保X社区，组织党员下沉一线 goes to
    the place just named for the same agent. (Not the place the report is about: measured on
    real reports, that guess is wrong about as often as it is right.)"""
    before = [f.target for f in earlier if f.source in sources and f.target.label in PLACES]
    return (before[-1:], "frame_place_named_before") if before else ([], "")


def _oriented(rel_type: str, source: Mention, target: Mention) -> tuple[Mention, Mention]:
    """TWINNED_WITH is symmetric (ANNOTATION.md); the graph writes it from the body to the
    community side whichever the sentence names first (A社区与B局党支部结对)."""
    if rel_type == "TWINNED_WITH" and _community_side(source) and not _community_side(target):
        return target, source
    return source, target


def _community_side(m: Mention) -> bool:
    return m.label == "Community" or m.label == "PartyOrg" and any(p.label == "Community" for p in m.parts)


def _unit_of_team(m: Mention) -> Mention | None:
    """某市科技局工作组: a team named after its unit acts for the unit (ANNOTATION.md: the named
    unit whose cadres act is the source)."""
    if m.label != "Team" or not m.parts:
        return None
    inner = m.parts[-1]
    return inner if inner.label in ("Unit", "PartyOrg") and not inner.generic and inner.start == m.start else None


def _heads_what_it_sets_up(body: Mention, created: Mention) -> bool:
    """ANNOTATION.md: a branch or team set up by a named Party organisation (a Party committee's
    department counts) is subordinate to it."""
    party = body.label == "PartyOrg" or body.label == "Unit" and body.properties.get("kind") == PARTY_DEPARTMENT
    return party and created.label in ("PartyOrg", "Team")


def _is_a_visit(tokens: tuple[Token, ...], cue: CueAt, clause_end: int) -> bool:
    return any(cue.end <= t.start < clause_end and t.text in visit_verbs() for t in tokens)


def _named_after(body: Mention, place: Mention) -> bool:
    """某社区党委 and 某社区: a body does not go to, or take charge of, its own place."""
    return body.label != "Person" and place.name in body.name and len(body.name) > len(place.name)


def _relative_agent(text: str, last: Mention, clause_end: int, mentions: list[Mention],
                    cue: CueAt) -> list[Mention]:
    """下沉到X社区的区民政局干部Y说: a cue opening a relative clause describes the person the
    clause ends with."""
    if text[last.end:last.end + 1] not in words()["modifier_mark"]:
        return []
    return [m for m in mentions if last.end < m.start < clause_end and m.label == "Person"
            and not m.generic and "Person" in cue.frame.agents][:1]


def _appointed_there(text: str, cue: CueAt, targets: list[Mention], sources: list[Mention],
                     clause: tuple[int, int], mentions: list[Mention]) -> list[Found]:
    """X局派驻Y村的第一书记Z / Z是X局派到Y社区的下沉干部 / X局选派Z到Y村任第一书记: the person
    sent there goes too, works for the body that sent them, and holds a post title (not a mere
    affiliation such as 干部) at the place."""
    if cue.frame.type != "SINKS_TO":
        return []
    pos = targets[-1].end
    appointing = next((v for v in words()["appointing"] if text.startswith(v, pos)), None)
    if appointing:  # …到Y村任第一书记: the agents sent are who take the post
        title = lexicon().title_starting_at(text, pos + len(appointing))
        people = [m for m in sources if m.label == "Person"]
        return [Found("HOLDS_POST", p, t, "frame_appointed_there", {"title": title})
                for p in people for t in targets] if title else []
    pos += text.startswith(words()["modifier_mark"][0], pos)
    after = next((p for p in mentions if pos <= p.start < clause[1] and p.label == "Person" and not p.generic), None)
    gap = text[pos:after.start if after else clause[1]].strip("".join(QUOTES) + " ")  # “第一书记”
    gap = gap[len(next((c for c in cue.frame.cues if gap.startswith(c)), "")):]  # 下沉干部: a sent cadre
    title = title_of(gap) if gap else None
    if not title:
        return []
    opening = [p for p in mentions if clause[0] <= p.start < cue.start]
    before = [opening[0]] if opening and opening[0].label == "Person" and \
        text[opening[0].end:cue.start].lstrip().startswith(words()["copula"]) else []
    post = title if any(title.endswith(t) for t in lexicon().titles) else None
    out = []
    for person in ([after] if after else before):
        out += [Found("SINKS_TO", person, t, "frame_appointed_there", {"verb": cue.word}) for t in targets]
        if post:
            out += [Found("HOLDS_POST", person, t, "frame_appointed_there", {"title": post}) for t in targets]
        out += [Found("HOLDS_POST", person, s, "frame_appointed_there", {"title": ""})
                for s in sources if s.label in ("Unit", "PartyOrg")]
    return out


def _listed_partners(text: str, cue: CueAt, start: int, mentions: list[Mention]) -> list[Found]:
    """桃源社区、东城大学共建…: partners listed before a symmetric cue are twinned."""
    if cue.frame.type != "TWINNED_WITH":
        return []
    listed = agents(text, cue, start, mentions, same_label=False)
    return [Found(cue.frame.type, *_oriented(cue.frame.type, listed[0], m), "frame_listed_partners", {"verb": cue.word})
            for m in listed[1:]]


