"""LOCATED_IN from the places a sentence or paragraph is about: the town or subdistrict it
opens with (`opening_region`) and the communities, sites and estates named in it, places
written 某街道的…, teams named after an opening 在…, and the bodies whose people were sent
to the place the sentence opens with (SINKS_TO).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kb.extract.entities import Mention, strip_quotes
from kb.extract.relations.base import COUNT, Context, Found, SentenceView, _sent_people
from kb.wordlists import alternation, read_words

LOCAL_LEVELS = ("town", "subdistrict")
ESTATE_HOLDERS = read_words("kb.extract", "estate_holding_kinds.txt")  # 社区, 村: kinds with estates inside
DISPATCHES = rf"({alternation(read_words('kb.extract', 'dispatch_verbs.txt'))})"  # 派出, 选派
LIST_JOINERS = read_words("kb.extract", "place_list_joiners.txt")  # 曹村社区、陆纲社区


def opening_region(s: SentenceView) -> Mention | None:
    """在建中街街道,…; 侯寨乡是…: the town or subdistrict a sentence opens with."""
    first = s.mentions[0] if s.mentions else None
    if first is not None and first.label in ("PartyOrg", "Unit"):
        # 槐底街道党工委在馨园社区成立…: the subdistrict's own committee speaks for it.
        inner = next((p for p in first.parts if p.label == "Region" and p.start == first.start), None)
        first = inner if inner is not None and inner.end + 4 >= first.end else None
        if first is None or s.is_modifier(s.mentions[0]):
            return None
    if first is None or first.label != "Region" or first.properties.get("level") not in LOCAL_LEVELS:
        return None
    lead = s.text[: first.start]
    return first if lead in ("", "在") and not s.is_modifier(first) else None


def communities_of_local_region(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """关上街道是重点区域,辖区内的甲、乙、丙3个社区…; 在建中街街道,幸福花园小区临时党支部…:
    the communities of a sentence (or a paragraph) about one town or subdistrict are in it."""
    own = opening_region(s)
    region = own or ctx.topic_region
    if region is None:
        return
    if any(m.label == "Region" and m.name != region.name and m.properties.get("level") in LOCAL_LEVELS + ("district",
                                                                                                         "county")
           for m in s.mentions):
        return  # another place is named: the sentence is not only about this one
    for m in s.mentions:
        first = next((p for p in m.parts if p.start == m.start), None)
        # 长延堡街道在红专南路卡口成立…: a site named in it is in it as well as a community.
        # (Only when this sentence opens with the place: a paragraph about a subdistrict may
        # name a district-run site that is not in it.)
        kinds = ("Community", "Site") if own is not None else ("Community",)
        c = m if m.label in kinds else first if first is not None and first.label in kinds else None
        if c is None or c.generic or any(p.label in ("Region", "Community") for p in c.parts):
            continue
        yield Found("LOCATED_IN", c, region, "community_of_local_region", {})


def estates_of_opening_community(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """在宝岗社区,金碧花园小区实行封控管理: the estates of a sentence that opens with a
    community (社区, 村, 居民区) are in that community."""
    first = s.mentions[0] if s.mentions else None
    if first is None or first.label != "Community" or first.generic or s.text[: first.start] != "在" or \
            first.properties.get("kind") == "小区" or s.text[first.end : first.end + 1] not in ",，":
        return
    for m in s.mentions[1:]:
        if m.label == "Community" and not m.generic and m.properties.get("kind") == "小区" and \
                not any(p.label in ("Region", "Community") for p in m.parts):
            yield Found("LOCATED_IN", m, first, "estate_of_opening_community", {})


def _opening_place(s: SentenceView) -> tuple[Mention, int] | None:
    """在荣军街道白沙社区,…: the place named last in an opening 在-clause made of nothing but
    names, and where that clause ends; None when the sentence opens otherwise or ends there."""
    if not s.text.startswith("在") or not s.mentions or s.mentions[0].start != 1:
        return None
    opening_end = s.clause_of(1)[1]
    opening = [m for m in s.mentions if m.end <= opening_end]
    place = opening[-1] if opening else None
    if place is None or place.generic or opening_end >= len(s.text) or \
            strip_quotes(s.text[1:opening_end]) != s.text[opening[0].start : place.end]:
        return None
    return place, opening_end


def teams_of_opening_place(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """在荣军街道,“荣军红”志愿服务队…; 在荣军街道白沙社区,一支…党员突击队…: a team named in the
    clause after an opening 在 + subdistrict or community is in that place (the last one named)."""
    if (found := _opening_place(s)) is None:
        return
    place, opening_end = found
    if not (place.label == "Community" and place.properties.get("kind") != "小区" or
            place.label == "Region" and place.properties.get("level") in LOCAL_LEVELS):
        return
    next_end = s.clause_of(opening_end + 1)[1]
    for m in s.mentions:
        if opening_end < m.start < next_end and m.label == "Team" and not m.generic and \
                not any(p.label in ("Region", "Community", "Unit", "PartyOrg") for p in m.parts):
            yield Found("LOCATED_IN", m, place, "team_of_opening_place", {})


def sent_to_opening_place(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """在荣军街道白沙社区,区民政局派出的15名党员干部…值守卡口: the body whose people were sent
    to the place the sentence opens with (a community or a site) sinks to it."""
    if (found := _opening_place(s)) is None:
        return
    place, opening_end = found
    if place.label not in ("Community", "Site"):
        return
    people = _sent_people()
    body = next((m for m in s.mentions if m.start == opening_end + 1 and m.label in ("Unit", "PartyOrg")
                 and not m.generic), None)
    if body is None or not people:
        return
    verb = re.match(rf"{DISPATCHES}的{COUNT}(?:{people})", s.text[body.end :])
    if verb:
        yield Found("SINKS_TO", body, place, "sent_to_opening_place", {"verb": verb.group(1)})


def estate_where_community_acts(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """白沙社区在翠竹园小区成立了…临时党支部: an estate where a named community does something
    is in that community."""
    for a, b in zip(s.mentions, s.mentions[1:], strict=False):
        if a.label == "Community" and not a.generic and a.properties.get("kind") in ESTATE_HOLDERS and \
                b.label == "Community" and not b.generic and b.properties.get("kind") == "小区" and \
                s.text[a.end : b.start] == "在" and not any(p.label in ("Region", "Community") for p in b.parts):
            yield Found("LOCATED_IN", b, a, "estate_where_community_acts", {})


def place_of_region(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """长延堡街道的红专南路卡口; 禄口街道曹村社区、陆纲社区: a place written after a town or
    subdistrict with 的, or listed after one that is, is in it."""
    for a, b in zip(s.mentions, s.mentions[1:], strict=False):
        if a.label == "Region" and a.properties.get("level") in LOCAL_LEVELS and s.text[a.end : b.start] == "的" \
                and b.label in ("Community", "Site") and not b.generic and not b.parts:
            # 化处镇的桃坪村、柳树湾村: every place listed after 的.
            for c in s.coordinated(b, leftwards=False):
                if not c.generic and not c.parts:
                    yield Found("LOCATED_IN", c, a, "place_de_region", {})
    for a, b in zip(s.mentions, s.mentions[1:], strict=False):
        if a.label != "Community" or b.label != "Community" or s.text[a.end : b.start] not in LIST_JOINERS or \
                b.generic or any(p.label in ("Region", "Community") for p in b.parts):
            continue
        region = next((p for p in a.parts if p.label == "Region" and p.start == a.start
                       and p.properties.get("level") in LOCAL_LEVELS), None)
        if region is None and a.rule == "listed_after_region":
            region = a.body
        if region is not None:
            b.rule, b.body = "listed_after_region", region  # the next one in the list too
            yield Found("LOCATED_IN", b, region, "listed_after_region", {})
