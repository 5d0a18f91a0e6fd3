"""PAIRS_WITH (a body or person 包联/包保 a community) and TWINNED_WITH (a body 结对共建
with a community, either way round).
"""

from __future__ import annotations

from collections.abc import Iterator

from kb.extract.entities import Mention
from kb.extract.relations.base import PLACE_LABELS, Context, Found, SentenceView, _pairs
from kb.wordlists import read_words

LIGHT_VERBS = read_words("kb.extract", "twinning_light_verbs.txt")  # A与B开展结对共建


def pairs_with(s: SentenceView, ctx: Context) -> Iterator[Found]:
    for c0, c1, cue in s.cues("PAIRS_WITH"):
        subject = s.subject_before(c0, ("Unit", "PartyOrg", "Person", "Team"), specific=False)
        target = s.object_after(c1, PLACE_LABELS, s.clause_of(c1)[1])
        if subject is None or target is None:
            continue
        for subj, t in _pairs(s, s.coordinated(subject), s.coordinated(target, leftwards=False), c0):
            yield Found("PAIRS_WITH", subj, t, "subject_cue_place", {"verb": cue})


def _community_side(m: Mention) -> bool:
    return m.label == "Community" or m.label == "PartyOrg" and any(p.label == "Community" for p in m.parts)


def twinned_with(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """A与B结对共建 (either way round: the body twins with the community); A结对B."""
    for c0, c1, cue in s.cues("TWINNED_WITH"):
        last = next((m for m in reversed(s.mentions) if m.end <= c0 and s.text[m.end : c0] in ("", *LIGHT_VERBS)),
                    None)
        # A与B、C结对共建: B and C are each twinned with A.
        group = [last] if last is not None else []
        while group and (prev := next((m for m in s.mentions if m.end == group[-1].start - 1 and m.label == last.label),
                                      None)) is not None and s.text[prev.end] == "、":
            group.append(prev)  # 与 itself joins the two sides, so only 、 lists one side
        first = min(group, key=lambda m: m.start) if group else None
        if first is not None and s.text[first.start - 1 : first.start] == "与":
            a0 = next((m for m in s.mentions if m.end == first.start - 1), None)
            for b in group:
                a = a0
                # The body twins with the community (or the community's Party organisation).
                if a is not None and _community_side(a) and not _community_side(b) and b.label in ("Unit", "PartyOrg"):
                    a, b = b, a
                if a is not None and a.label in ("Unit", "PartyOrg") and b.label in ("Community", "PartyOrg"):
                    yield Found("TWINNED_WITH", a, b, "a_with_b_cue", {"verb": cue})
            continue
        a = s.subject_before(c0, ("Unit", "PartyOrg"), specific=False)
        b = s.object_after(c1, ("Community", "PartyOrg", "Region"), s.clause_of(c1)[1])
        # 结对共建文新街道: a whole subdistrict or town is twinned like a community; a
        # district or city is too large to be one end of a pair.
        if b is not None and b.label == "Region" and b.properties.get("level") not in ("town", "subdistrict"):
            b = None
        if a and b:
            # 区市场监管局、区教育局、团区委等单位结对共建…: every body of the list.
            for subj in s.coordinated(a):
                yield Found("TWINNED_WITH", subj, b, "subject_cue_object", {"verb": cue})
