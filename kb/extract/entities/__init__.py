"""Mentions of entities in one sentence, found by their head nouns.

Chinese writes no spaces, so a name is found from its end: a head noun (…党支部, …隔离点,
…工作组; data/org_suffixes.tsv) is grown leftwards over its modifiers until a word that no
name crosses (a function word, a cue verb, a quantity; data/boundary_words.txt). Names that
are built from names (庙行镇智选假日酒店隔离点临时党支部) keep their inner names as `parts`,
from which containment and subordination follow.

Regions come from the gazetteer (full names anywhere in prose; short forms only under a
parent seen in the article, decided in article.py's `confirm_short_forms`) and, for towns
and subdistricts, from their suffix. Persons come from context: a post title before a 2–3
character name that starts with a common surname, or such a name before 担任/是/作为.

mention.py        Mention, quotes, Han characters, a name's canonical form
grow.py           growing a name leftwards from its head over its modifiers
regions.py        gazetteer regions and towns or subdistricts made by suffix
organisations.py  organisations, sites, communities and teams from their head nouns
lists.py          names listed under one shared head (甲、乙、丙3个社区, …等单位)
named.py          mechanisms, policies and events
persons.py        persons from titles, introducers, appointment verbs
"""

from __future__ import annotations

import re

from kb.extract.entities.lists import find_coordinated, find_listed_units
from kb.extract.entities.mention import Mention, is_han, normalise_name, strip_quotes
from kb.extract.entities.named import QUOTED, find_named_things
from kb.extract.entities.organisations import drop_leading_regions, find_organisations
from kb.extract.entities.persons import _appoints, find_appointees, find_persons
from kb.extract.entities.regions import find_regions
from kb.wordlists import alternation, read_words

__all__ = ["QUOTED", "Mention", "drop_leading_regions", "find_mentions", "is_han", "normalise_name", "strip_quotes"]


# …进驻翠竹小区,任翠竹小区临时党支部书记: a clause opening with an appointment verb.
CLAUSE_APPOINTMENT = re.compile(rf"(?<=[,，;；])(?:{alternation(read_words('kb.extract', 'clause_appointment_adverbs.txt'))})?"
                                rf"({alternation(read_words('kb.extract', 'appointment_verbs.txt'))})")


def _holds_org_chain(text: str, m: Mention, orgs: list[Mention]) -> bool:
    # Only bodies make an organisation chain; “区—街道—社区—网格” is a ladder of places, the
    # levels of a practice (四级防控体系), and the practice keeps its name.
    inside = sorted((o for o in orgs if m.start <= o.start and o.end <= m.end and o.label in ("PartyOrg", "Unit", "Team")),
                    key=lambda o: o.start)
    return any(re.fullmatch(r"[—\-–―]{1,2}", text[a.end : b.start]) for a, b in zip(inside, inside[1:], strict=False))


def find_mentions(text: str, surface: str | None = None) -> list[Mention]:
    """Every mention in one normalised sentence, sorted by position; regions may be short
    forms still to be confirmed by `confirm_short_forms`."""
    surface = surface if surface is not None and len(surface) == len(text) else text
    # 部长李向东任文化路街道…: the appointee's name and verb are words no name grows across.
    stops = {p for s, e, v in find_appointees(text) for p in (e, v)}
    # …进驻翠竹小区,任翠竹小区临时党支部书记: a clause opening with an appointment verb; the
    # name that follows starts after the verb.
    for m in CLAUSE_APPOINTMENT.finditer(text):
        if _appoints(text, m.start(1)):
            stops.add(m.end())
    regions = find_regions(text, frozenset(stops))
    named = find_named_things(text)
    # Book titles and events are opaque: nothing inside 《…》 is a region or an organisation.
    opaque = [n for n in named if n.label in ("Policy", "Event")]

    def outside(m: Mention) -> bool:
        return not any(o.start <= m.start and m.end <= o.end for o in opaque)

    regions = [r for r in regions if outside(r)]
    orgs = [o for o in find_organisations(text, regions, frozenset(stops)) if outside(o)]
    # 盛世长安小区, 新华长安路卡口: a short form (长安) in the middle of a name, after characters
    # that are no region, is a word of that name, not the district 长安区.
    # (A body's name keeps it: 长沙银行岳麓支行 is the branch in 岳麓区.)
    inside = [r for r in regions if r.short and any(
        o.label in ("Community", "Site") and o.start < r.start and r.end <= o.end and is_han(text[r.start - 1])
        and not any(x.end == r.start for x in regions) for o in orgs)]
    regions = [r for r in regions if r not in inside]
    for o in orgs:
        o.parts = [p for p in o.parts if not any(p is r for r in inside)]
    coordinated = find_coordinated(text, orgs + [r for r in regions if not r.short])
    coordinated += find_listed_units(text, orgs + coordinated + opaque)
    # 幸福、和平、光明等5个社区: an unconfirmed short form (和平区) inside a listed name is none.
    regions = [r for r in regions if not (r.short and any(c.start <= r.start < c.end for c in coordinated))]
    mechanisms = [n for n in named if n.label == "Mechanism"]
    # A quoted team or organisation name is not a mechanism; a quoted practice
    # (“进社区包小区”等方式) holds no organisation.
    mechanisms = [m for m in mechanisms if not any(o.start <= m.start and m.end <= o.end for o in orgs)]
    # An unquoted …机制 is not allowed to swallow the organisations it names.
    mechanisms = [m for m in mechanisms if m.rule != "mechanism_head"
                  or not any(m.start <= o.start and o.end <= m.end for o in orgs)]
    # “社区党委—网格党支部—楼栋党小组”三级组织体系, quoted or not, describes a chain of
    # bodies: the bodies and their order are the facts, not a practice's name.
    mechanisms = [m for m in mechanisms if not _holds_org_chain(text, m, orgs)]
    orgs = [o for o in orgs if not any(m.start <= o.start and o.end <= m.end for m in mechanisms)]
    regions = [r for r in regions if not any(m.start <= r.start and r.end <= m.end for m in mechanisms)]
    # 队长张建华: an unconfirmed short form (建华区) inside a name gives way to the person.
    persons = find_persons(text, [r for r in regions if not r.short] + orgs + coordinated + opaque)
    regions = [r for r in regions if not (r.short and any(p.start < r.end and r.start < p.end for p in persons))]
    out = regions + orgs + coordinated + opaque + mechanisms + persons
    for m in out:
        m.surface = surface[m.start : m.end]
        m.aliases.add(normalise_name(m.surface))
    return sorted(out, key=lambda m: (m.start, -m.end))
