"""The regions of one article: short forms confirmed against it, the region it is about, and
the containment the text gives between regions (and villages under the article's town)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from kb.extract.entities import Mention
from kb.extract.facts import ArticleFacts, SentenceFacts, all_mentions
from kb.extract.gazetteer import load_gazetteer
from kb.extract.relations import Found
from kb.model import Article
from kb.wordlists import read_rows

COUNTY_LEVELS = ("district", "county")
# 全区, 全市: the report speaks of the whole region of that level it has named.
WHOLE_REGION = {word: level for word, level in read_rows("kb.extract", "whole_region_words.tsv")}


def confirm_short_forms(per_sentence: list[list[Mention]]) -> None:
    """Keep a short form (浮山, 松江) only under a parent the article names, or a province's;
    a city's (临汾) also when the article uses it twice or before one of the city's
    counties (临汾尧都区). Once is not enough: 长治久安 is no 长治市."""
    gaz = load_gazetteer()
    # 长治南社区 twice is no 长治市 twice: a short form opening a community's name is not a use.
    uses: Counter[str] = Counter(m.surface for ms in per_sentence for m in ms if m.label == "Region" and m.short
                                 and not _opens_a_community(m, ms))
    for ms in per_sentence:
        for m in ms:
            if not (m.label == "Region" and m.short and m.rule == "gazetteer"):
                continue
            cities = [d for d in m.divisions if d.level == "city"]
            if len(cities) != 1 or len(m.surface) < 2:
                continue
            followed = any(n.start == m.end and n.label == "Region" and not n.short and n.divisions
                           and cities[0] in gaz.ancestors(n.divisions[0]) for n in ms)
            if uses[m.surface] >= 2 or followed:
                m.short, m.divisions, m.name = False, cities, cities[0].name
                m.properties = {"level": "city"}
    known = {m.divisions[0].adcode for ms in per_sentence for m in ms
             if m.label == "Region" and not m.short and len(m.divisions) == 1}
    for _ in range(2):  # a confirmed short form can confirm its children
        for ms in per_sentence:
            for m in ms:
                if m.label == "Region" and not m.short and len(m.divisions) > 1:
                    # 宝山区 is in Shanghai and in Shuangyashan: the one under a named parent.
                    fits = [d for d in m.divisions if any(a.adcode in known for a in gaz.ancestors(d))]
                    if fits:
                        m.divisions = fits[:1]
                        known.add(fits[0].adcode)
                if not m.short or m.label != "Region":
                    continue
                for d in m.divisions:
                    # 临汾 after 临汾市 was named, or under a named parent, or a province.
                    if d.level == "province" or d.adcode in known or any(a.adcode in known for a in gaz.ancestors(d)):
                        m.short = False
                        m.divisions = [d]
                        m.name = d.name
                        m.properties = {"level": d.level}
                        known.add(d.adcode)
                        break
    for ms in per_sentence:
        drop = [m for m in ms if m.short]
        for m in ms:
            m.parts = [p for p in m.parts if not p.short]
        for m in drop:
            ms.remove(m)


def _opens_a_community(m: Mention, ms: list[Mention]) -> bool:
    return any(c.label == "Community" and c.start == m.start and c.end > m.end and
               not any(r.label == "Region" and r.start == m.end for r in ms) for c in ms)


def main_region(article: Article, per_sentence: list[list[Mention]]) -> Mention | None:
    """The region most mentioned, counting the title and first paragraph twice."""
    score: Counter[str] = Counter()
    first: dict[str, tuple[int, Mention]] = {}
    for i, (sentence, ms) in enumerate(zip(article.sentences, per_sentence, strict=False)):
        for m in all_mentions(ms):
            if m.label != "Region":
                continue
            score[m.name] += 2 if sentence.paragraph <= 1 else 1
            first.setdefault(m.name, (i, m))
    if not score:
        return None
    # 全市, 全区: the report speaks of the whole region of that level it has named.
    for sentence in article.sentences:
        for word, level in WHOLE_REGION.items():
            n = sentence.text.text.count(word)
            named = [name for name, (_, m) in first.items() if m.properties.get("level") == level
                     or (level == "city" and m.properties.get("level") == "province" and name.endswith("市"))]
            if n and len(named) == 1:
                score[named[0]] += n
    rank = {"district": 0, "county": 0, "city": 1, "subdistrict": 3, "town": 3, "province": 2}

    def key(name: str) -> tuple[int, int, int]:
        m = first[name][1]
        return (-score[name], rank.get(m.properties.get("level", ""), 4), first[name][0])

    return first[min(score, key=key)][1]


def _region_levels(m: Mention) -> str:
    return m.properties.get("level", "")


def containment(facts: ArticleFacts) -> list[tuple[Found, SentenceFacts]]:
    """LOCATED_IN between regions: from the gazetteer (parent named in the article), from
    qualified chains (江西省赣州市蓉江新区), and towns under the article's county."""
    gaz = load_gazetteer()
    named: dict[str, tuple[Mention, SentenceFacts]] = {}
    by_code: dict[str, Mention] = {}
    for m, sf in facts.mentions:
        if m.label == "Region" and m.name not in named:
            named[m.name] = (m, sf)
            if m.divisions:
                by_code[m.divisions[0].adcode] = m
    out: list[tuple[Found, SentenceFacts]] = []
    placed: set[str] = set()
    # Chains written out: a region right after another.
    for sf in facts.sentences:
        regs = sorted((m for m in all_mentions(sf.mentions) if m.label == "Region"), key=lambda m: m.start)
        for a, b in zip(regs, regs[1:], strict=False):
            if a.end == b.start and b.name not in placed and _can_contain(a, b):
                out.append((Found("LOCATED_IN", b, a, "qualified_chain", {}), sf))
                placed.add(b.name)
    for name, (m, sf) in named.items():
        if name in placed:
            continue
        if m.divisions:
            parent = next((by_code[a.adcode] for a in gaz.ancestors(m.divisions[0]) if a.adcode in by_code), None)
            if parent is not None:
                out.append((Found("LOCATED_IN", m, parent, "gazetteer_parent", {}), sf))
        elif _region_levels(m) in ("town", "subdistrict") and facts.main_region is not None and \
                _region_levels(facts.main_region) in COUNTY_LEVELS:
            out.append((Found("LOCATED_IN", m, facts.main_region, "town_in_main_county", {}), sf))
    out.extend(_villages_of_main_town(facts))
    return out


def _villages_of_main_town(facts: ArticleFacts) -> Iterator[tuple[Found, SentenceFacts]]:
    """A report about one town (兴隆镇坚持党建引领…) that names no other town: the villages it
    names and places nowhere else are that town's."""
    town = facts.main_region
    if town is None or _region_levels(town) != "town":
        return
    mentions = [(m, sf) for m, sf in facts.mentions]
    if any(m.label == "Region" and m.name != town.name and _region_levels(m) in ("town", "subdistrict")
           for m, _ in mentions):
        return
    placed = {f.source.name for sf in facts.sentences for f in sf.relations if f.type == "LOCATED_IN"}
    seen: set[str] = set()
    for m, sf in mentions:
        if m.label == "Community" and m.properties.get("kind") == "村" and not m.generic and \
                m.name not in placed | seen and not any(p.label in ("Region", "Community") for p in m.parts):
            seen.add(m.name)
            yield Found("LOCATED_IN", m, town, "village_of_main_town", {}), sf


def _can_contain(outer: Mention, inner: Mention) -> bool:
    order = {"province": 0, "city": 1, "district": 2, "county": 2, "town": 3, "subdistrict": 3}
    a, b = order.get(_region_levels(outer), 9), order.get(_region_levels(inner), 9)
    if outer.divisions and inner.divisions:
        return outer.divisions[0] in load_gazetteer().ancestors(inner.divisions[0])
    return a < b
