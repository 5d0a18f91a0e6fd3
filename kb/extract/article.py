"""One article -> its mentions, relations and counts (before uids are given).

Order: mentions per sentence; short forms of regions confirmed against the article; the
main region; short forms that refer back (coref); relations sentence by sentence with the
article's context; containment of regions; counts with their scope.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from kb.analyse import analyse_all
from kb.extract.clauses import Discourse
from kb.extract.coref import (
    RegionContext,
    attach_to_community,
    attach_to_opening_place,
    attach_to_own_body,
    distribute_list_qualifier,
    expand_level_prefix,
    inherit_committee,
    merge_appositions,
    rebuild_from_first_part,
    resolve_bare_community,
    resolve_class_mention,
    resolve_tail,
)
from kb.extract.entities import QUOTED, Mention, drop_leading_regions, find_mentions, is_han, normalise_name
from kb.extract.frames import frame_relations
from kb.extract.gazetteer import load_gazetteer
from kb.extract.lexicon import lexicon
from kb.extract.mentions import analysed_mentions, mark_references
from kb.extract.relations import Context, Found, SentenceView, find_relations, opening_region
from kb.extract.relations.titles import post_relations
from kb.extract.stats import Count, find_counts
from kb.model import Article, Sentence

COUNTY_LEVELS = ("district", "county")
ACTOR_LABELS = ("Region", "Unit", "PartyOrg")
PLURAL_BEFORE = re.compile(r"(各|每个|所有|全部|这些|若干|一批|[0-9一二三四五六七八九十两]+个)$")
WHOLE_REGION = {"全区": "district", "全市": "city", "全县": "county", "全镇": "town"}


@dataclass
class SentenceFacts:
    sentence: Sentence
    mentions: list[Mention]
    relations: list[Found] = field(default_factory=list)
    counts: list[tuple[Count, Mention | None]] = field(default_factory=list)


@dataclass
class ArticleFacts:
    article: Article
    sentences: list[SentenceFacts]
    main_region: Mention | None
    extra_relations: list[tuple[Found, SentenceFacts]] = field(default_factory=list)  # containment

    @property
    def mentions(self) -> list[tuple[Mention, SentenceFacts]]:
        return [(m, sf) for sf in self.sentences for m in _all(sf.mentions)]


def _all(mentions: list[Mention]) -> list[Mention]:
    out, seen = [], set()
    stack = list(mentions)
    while stack:
        m = stack.pop()
        if id(m) in seen:
            continue
        seen.add(id(m))
        out.append(m)
        stack.extend(m.parts)
    return out


def _top_level(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if not any(o is not m and o.start <= m.start and m.end <= o.end
                                           and (o.end - o.start) > (m.end - m.start) for o in mentions)]


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


REPEATS_TO_BE_A_PRACTICE = 3


def add_repeated_practices(article: Article, per_sentence: list[list[Mention]]) -> None:
    """A phrase the report keeps quoting (“第二书记” four times) is the name of a practice."""
    quoted: dict[str, list[tuple[int, int, int]]] = {}
    for i, sentence in enumerate(article.sentences):
        for m in QUOTED.finditer(sentence.text.text):
            quoted.setdefault(m.group(1), []).append((i, m.start(), m.end()))
    lex = lexicon()
    # A phrase the report has called a practice once (“进社区包小区”等方式) is one wherever quoted.
    named = {m.name for ms in per_sentence for m in ms if m.label == "Mechanism" and m.rule != "mechanism_head"}
    for phrase, places in quoted.items():
        if phrase in named:
            for i, start, end in places:
                ms = per_sentence[i]
                if any(m.label == "Mechanism" and m.start <= start and end <= m.end for m in ms):
                    continue
                ms[:] = [m for m in ms if not (start <= m.start and m.end <= end)]
                ms.append(Mention("Mechanism", phrase, start, end, article.sentences[i].text.surface[start:end],
                                  rule="practice_named_before"))
                ms.sort(key=lambda m: (m.start, -m.end))
            continue
        # A post title in quotes (“第二书记”) is a coined role: twice is enough to be a practice.
        needed = REPEATS_TO_BE_A_PRACTICE - 1 if phrase in lex.titles else REPEATS_TO_BE_A_PRACTICE
        if len(places) < needed or not 3 <= len(phrase) <= 8 or not all(is_han(c) for c in phrase):
            continue
        if any(phrase.endswith(h) for h in lex.heads):
            continue
        for i, start, end in places:
            ms = per_sentence[i]
            if any(m.start < end and start < m.end for m in ms):
                continue
            surface = article.sentences[i].text.surface[start:end]
            ms.append(Mention("Mechanism", phrase, start, end, surface, aliases={normalise_name(surface)},
                              rule="repeated_quoted_practice"))
            ms.sort(key=lambda m: (m.start, -m.end))


def main_region(article: Article, per_sentence: list[list[Mention]]) -> Mention | None:
    """The region most mentioned, counting the title and first paragraph twice."""
    score: Counter[str] = Counter()
    first: dict[str, tuple[int, Mention]] = {}
    for i, (sentence, ms) in enumerate(zip(article.sentences, per_sentence, strict=False)):
        for m in _all(ms):
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


def extract_article(article: Article) -> ArticleFacts:
    per_sentence = [find_mentions(s.text.text, s.text.surface) for s in article.sentences]
    tokens = analyse_all([s.text.text for s in article.sentences])
    for s, words, ms in zip(article.sentences, tokens, per_sentence, strict=True):
        ms.extend(analysed_mentions(s.text.text, s.text.surface, words, ms))
        ms.sort(key=lambda m: (m.start, -m.end))
    confirm_short_forms(per_sentence)
    for sentence, ms in zip(article.sentences, per_sentence, strict=True):
        for m in _all(ms):
            drop_leading_regions(m, sentence.text.text)
    add_repeated_practices(article, per_sentence)
    main = main_region(article, per_sentence)
    regions = RegionContext(main)
    ctx = Context(main_region=main, actor=main)
    discourse = Discourse()
    facts: list[SentenceFacts] = []
    paragraph, earlier_in_paragraph = None, []  # type: ignore[var-annotated]
    earlier_in_article: list[Mention] = []
    for sentence, words, ms in zip(article.sentences, tokens, per_sentence, strict=True):
        if sentence.paragraph != paragraph:
            paragraph, earlier_in_paragraph = sentence.paragraph, []
            ctx.topic_site = None
            ctx.topic_region = None
            ctx.paragraph_person = None
            ctx.paragraph_team = None
            ctx.actor = main  # a new paragraph speaks for the report's region until it names another
            first_in_paragraph = True
        else:
            first_in_paragraph = False
        regions.see(ms)
        text = sentence.text.text
        refer_back(text, ms, regions, earlier_in_paragraph, earlier_in_article)
        mark_references(text, ms)
        top = _top_level(ms)
        view = SentenceView(text, top)
        sf = SentenceFacts(sentence, ms, find_relations(view, ctx))
        discourse.new_sentence(sentence.paragraph)
        _add_new(sf.relations, frame_relations(text, words, top, discourse))
        _add_new(sf.relations, post_relations(text, top))
        for count in find_counts(text):
            sf.counts.append((count, _scope(view, count.start, ctx)))
        facts.append(sf)
        _update_context(ctx, view)
        if first_in_paragraph:  # 红旗乡是…: the paragraph is about that town
            ctx.topic_region = opening_region(view)
        earlier_in_paragraph.extend(m for m in _all(ms) if not m.generic)
        earlier_in_article.extend(m for m in _all(ms) if not m.generic)
    out = ArticleFacts(article, facts, main)
    out.extra_relations = list(_containment(out))
    return out


def _add_new(relations: list[Found], more: list[Found]) -> None:
    """Add the relations of `more` whose type and ends are not among `relations` yet."""
    seen = {(f.type, f.source.key, f.target.key) for f in relations}
    for f in more:
        k = (f.type, f.source.key, f.target.key)
        if k not in seen:
            seen.add(k)
            relations.append(f)


def refer_back(text: str, ms: list[Mention], regions: RegionContext, earlier_in_paragraph: list[Mention],
               earlier_in_article: list[Mention]) -> None:
    """Give short forms and class mentions of one sentence the names they refer to."""
    everything = _all(ms)

    def named_before(m: Mention) -> list[Mention]:
        return [x for x in everything if x.end <= m.start and not x.generic]

    # Inner names first, so that an outer name can be rebuilt from a resolved inner one.
    for m in sorted(everything, key=lambda m: m.end - m.start):
        expand_level_prefix(m, regions)
        rebuild_from_first_part(m)
        if not PLURAL_BEFORE.search(text[: m.start]):  # 各临时党支部 are many
            resolve_class_mention(m, earlier_in_paragraph + named_before(m), named_before(m))
            attach_to_community(m, earlier_in_paragraph + named_before(m))
            resolve_bare_community(text, m, earlier_in_paragraph, named_before(m))
            attach_to_opening_place(text, m, named_before(m))
    inherit_committee(text, everything)
    for m in everything:  # once 区财政局 has become 鼓楼区财政局
        attach_to_own_body(m, earlier_in_paragraph + named_before(m))
    for m in everything:  # once the level prefixes of this sentence are known
        resolve_tail(m, earlier_in_article + named_before(m))
    merge_appositions(text, everything)
    distribute_list_qualifier(text, _top_level(ms))


def _scope(view: SentenceView, pos: int, ctx: Context) -> Mention | None:
    """The region named before the count in its sentence; else a named community; else the
    region the report is about."""
    before = [m for m in view.mentions if m.end <= pos and not m.generic]
    region = next((m for m in reversed(before) if m.label == "Region"), None)
    community = next((m for m in reversed(before) if m.label == "Community"), None)
    return region or community or ctx.main_region


def _update_context(ctx: Context, view: SentenceView) -> None:
    text = view.text
    for m in view.mentions:
        if m.label == "Person":
            ctx.last_person = m
            ctx.paragraph_person = m
        if m.label in ("Site",) and not m.generic:
            ctx.topic_site = m
        if m.label == "Team" and not m.generic:
            ctx.paragraph_team = m
    # The actor: a region or body opening a clause (not a modifier), or 全区/全市.
    for m in view.mentions:
        clause_start = view.clause_of(m.start)[0]
        if m.label in ACTOR_LABELS and not m.generic and not view.is_modifier(m) and \
                not _introduces_person(view, m) and \
                text[clause_start : m.start].strip("“”") in ("", "近年来", "目前", "此外", "同时"):
            # 广东省广州市花都区: the last link of a written-out chain is the one meant.
            chain = [x for x in view.mentions if x.start >= m.start]
            while len(chain) > 1 and chain[1].start == m.end and chain[1].label == "Region":
                m, chain = chain[1], chain[1:]
            ctx.actor = m
            return
    for word in WHOLE_REGION:
        if text.startswith(word) and ctx.main_region is not None:
            ctx.actor = ctx.main_region
            return


def _introduces_person(view: SentenceView, m: Mention) -> bool:
    """市行政审批服务管理局副局长任泰成: the body only says where the person works."""
    return any(p.label == "Person" and 0 <= p.start - m.end <= 12 for p in view.mentions)


def _containment(facts: ArticleFacts) -> list[tuple[Found, SentenceFacts]]:
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
        regs = sorted((m for m in _all(sf.mentions) if m.label == "Region"), key=lambda m: m.start)
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
