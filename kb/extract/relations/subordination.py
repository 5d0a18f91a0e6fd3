"""SUBORDINATE_TO and what names inside names say: a chain of bodies (街道党工委—社区党委—…),
a list of levels (…的五级组织架构), 下设/隶属于/组成, and `inner_names`, which reads a name
built from names (…隔离点临时党支部党员先锋队) as a team under a branch at a site in a town.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kb.extract.entities import Mention
from kb.extract.lexicon import lexicon
from kb.extract.relations.base import CHAIN_DASH, PLACE_LABELS, Context, Found, SentenceView
from kb.wordlists import alternation, read_chars, read_words

LEVELS = re.compile(
    rf"的?[0-9一二三四五六七八九十两]+级(?:基层)?(?:{alternation(read_words('kb.extract', 'level_structure_nouns.txt'))})")


def org_chain(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """街道党工委—社区党委—网格党总支—…: each link is subordinate to the one before."""
    orgs = [m for m in s.mentions if m.label in ("PartyOrg", "Unit", "Team")]
    for a, b in zip(orgs, orgs[1:], strict=False):
        if CHAIN_DASH.match(s.text[a.end : b.start]):
            yield Found("SUBORDINATE_TO", b, a, "org_chain", {})


def level_list(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """10个镇(街)党(工)委、258个村(社区)党组织、1125个综合网格党支部…的五级组织架构."""
    for m in LEVELS.finditer(s.text):
        clause_start = s.clause_of(m.start())[0]
        items = [x for x in s.mentions if clause_start <= x.start and x.end <= m.start()
                 and x.label in ("PartyOrg", "Unit", "Team")]
        for a, b in zip(items, items[1:], strict=False):
            if re.fullmatch(r"[、,，]?[0-9]+个?", s.text[a.end : b.start]) or s.text[a.end : b.start] == "、":
                yield Found("SUBORDINATE_TO", b, a, "level_list", {})


SUB_LABELS = ("PartyOrg", "Unit", "Team")
# 下设4个楼栋党小组和1支党员突击队: a counted item joined to the one before it.
COUNTED_JOIN = re.compile(rf"(?:{alternation(read_words('kb.extract', 'counted_item_joiners.txt'))})"
                          rf"[0-9一二三四五六七八九十两]+[{read_chars('kb.extract', 'counted_body_measures.txt')}]")
# A隶属于B, A归属B: the verbs of belonging, each with an optional 于.
BELONGS = "|".join(re.escape(v) + "于?" for v in read_words("kb.extract", "belonging_verbs.txt"))


def _sets_up_parent(s: SentenceView, pos: int) -> Mention | None:
    """The body that 下设 at `pos` belongs to. In `X临时党支部,由街道党工委副书记孙涛任书记,下设…`
    the body in the post title is no subject: the body before the 由…任 clause is."""
    parent = s.subject_before(pos, SUB_LABELS, specific=False)
    if parent is None or not lexicon().title_starting_at(s.text, parent.end):
        return parent
    c0 = s.clause_of(parent.start)[0]
    if c0 > 0 and s.text.startswith("由", c0) and "任" in s.text[c0:pos]:
        before = s.subject_before(c0 - 1, SUB_LABELS, specific=False)
        if before is not None and not lexicon().title_starting_at(s.text, before.end):
            return before
    return parent


def _counted_items(s: SentenceView, child: Mention) -> list[Mention]:
    """`child` and the counted items joined after it (4个楼栋党小组和1支党员突击队)."""
    out = [child]
    for m in s.mentions:
        if m.start >= out[-1].end and m.label in ("PartyOrg", "Team") and \
                COUNTED_JOIN.fullmatch(s.text[out[-1].end : m.start]):
            out.append(m)
    return out


def sets_up_under(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """A下设11个工作专班; A隶属于B; 将四支队伍共同组成“小区防疫管理临时党支部”."""
    for m in re.finditer(r"下设", s.text):
        parent = _sets_up_parent(s, m.start())
        child = s.object_after(m.end(), ("PartyOrg", "Unit", "Team"), s.clause_of(m.end())[1])
        # 韦某担任临时党支部书记,下设…党小组: a body named in a post title is no subject. And a
        # list of named groups (下设医疗救治、后勤保障3个临时党支部) is put under a body only when
        # the body opens its clause (is the subject), not when it was just set up as an object.
        if parent and child and not lexicon().title_starting_at(s.text, parent.end) and \
                (child.rule != "coordinated_list" or parent.start == s.clause_of(parent.start)[0]):
            # 下设医疗救治、后勤保障2个党小组: every group listed.
            group = s.coordinated(child, leftwards=False) if child in s.mentions else [child]
            if child in s.mentions and len(group) == 1:
                group = _counted_items(s, child)
            for c in group:
                yield Found("SUBORDINATE_TO", c, parent, "sets_up_under", {"verb": "下设"})
    for m in re.finditer(BELONGS, s.text):  # A隶属于B
        child = s.subject_before(m.start(), ("PartyOrg", "Unit", "Team"), specific=False)
        parent = s.object_after(m.end(), ("PartyOrg", "Unit"), s.clause_of(m.end())[1])
        if child and parent:
            yield Found("SUBORDINATE_TO", child, parent, "belongs_to", {"verb": m.group(0)})
    for m in re.finditer(r"组成", s.text):
        if "将" not in s.text[s.clause_of(m.start())[0] : m.start()]:
            continue
        whole = s.object_after(m.end(), ("PartyOrg", "Unit", "Team"), s.clause_of(m.end())[1])
        if whole is None:
            continue
        for team in (x for x in s.mentions if x.end <= m.start() and x.label == "Team"):
            yield Found("SUBORDINATE_TO", team, whole, "formed_into", {"verb": "组成"})


def inner_names(mention: Mention) -> Iterator[Found]:
    """庙行镇智选假日酒店隔离点临时党支部党员先锋队 -> team under the branch, branch at the site,
    site in the town. Only the immediately inner name counts."""
    if not mention.parts:
        return
    inner = mention.parts[-1]
    if inner.generic or mention.generic and mention.label != "Region":
        return
    # 临时党支部党员先锋队, 疫情防控指挥部社区防控组: a team named after a Party body, a team or
    # a command post is part of it. Not a work group named after an agency (…局工作组), nor an
    # agency's own branch (区司法局党支部): ANNOTATION.md reads no hierarchy from inside one name
    # there, and a Party branch of an agency is not subordinate to the agency by default.
    if mention.label == "Team" and (inner.label in ("PartyOrg", "Team") or inner.properties.get("kind") == "指挥部"):
        yield Found("SUBORDINATE_TO", mention, inner, "team_named_after_org", {})
    elif inner.label in PLACE_LABELS and not (mention.label == "Team" and inner.label == "Region"):
        # 重庆援沪医疗队 comes from 重庆, it is not in it; a team is placed only by a site or community.
        yield Found("LOCATED_IN", mention, inner, "qualified_name", {})
        if mention.label == "Team" and "下沉" in mention.name:  # 仕林苑小区干部下沉工作组
            yield Found("SINKS_TO", mention, inner, "sinking_team_named_after_place", {"verb": "下沉"})
    yield from inner_names(inner)
