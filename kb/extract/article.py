"""One article -> its mentions, relations and counts (before uids are given).

Order: mentions per sentence; short forms of regions confirmed against the article; the
main region; short forms that refer back (coref); relations sentence by sentence with the
article's context; containment of regions; counts with their scope.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from kb.extract.coref import RegionContext, expand_level_prefix, merge_appositions, resolve_class_mention
from kb.extract.entities import Mention, find_mentions
from kb.extract.gazetteer import load_gazetteer
from kb.extract.relations import Context, Found, SentenceView, find_relations
from kb.extract.stats import Count, find_counts
from kb.model import Article, Sentence

COUNTY_LEVELS = ("district", "county")
ACTOR_LABELS = ("Region", "Unit", "PartyOrg")
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
    """Keep a short form (浮山, 松江) only under a parent the article names, or a province's."""
    gaz = load_gazetteer()
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
                    if d.level == "province" or any(a.adcode in known for a in gaz.ancestors(d)):
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


def main_region(article: Article, per_sentence: list[list[Mention]]) -> Mention | None:
    """The region most mentioned, counting the title and first paragraph twice."""
    score: Counter[str] = Counter()
    first: dict[str, tuple[int, Mention]] = {}
    for i, (sentence, ms) in enumerate(zip(article.sentences, per_sentence)):
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
    confirm_short_forms(per_sentence)
    main = main_region(article, per_sentence)
    regions = RegionContext(main)
    ctx = Context(main_region=main, actor=main)
    facts: list[SentenceFacts] = []
    paragraph, earlier_in_paragraph = None, []  # type: ignore[var-annotated]
    for sentence, ms in zip(article.sentences, per_sentence):
        if sentence.paragraph != paragraph:
            paragraph, earlier_in_paragraph = sentence.paragraph, []
            ctx.topic_site = None
        regions.see(ms)
        for m in _all(ms):
            expand_level_prefix(m, regions)
            resolve_class_mention(m, earlier_in_paragraph)
        text = sentence.text.text
        merge_appositions(text, _all(ms))
        top = _top_level(ms)
        view = SentenceView(text, top)
        sf = SentenceFacts(sentence, ms, find_relations(view, ctx))
        for count in find_counts(text):
            sf.counts.append((count, _scope(view, count.start, ctx)))
        facts.append(sf)
        _update_context(ctx, view)
        earlier_in_paragraph.extend(m for m in _all(ms) if not m.generic)
    out = ArticleFacts(article, facts, main)
    out.extra_relations = list(_containment(out))
    return out


def _scope(view: SentenceView, pos: int, ctx: Context) -> Mention | None:
    before = [m for m in view.mentions if m.end <= pos and m.label in ("Region", "Community") and not m.generic]
    return before[-1] if before else ctx.main_region


def _update_context(ctx: Context, view: SentenceView) -> None:
    text = view.text
    for m in view.mentions:
        if m.label == "Person":
            ctx.last_person = m
        if m.label in ("Site",) and not m.generic:
            ctx.topic_site = m
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
        for a, b in zip(regs, regs[1:]):
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
    return out


def _can_contain(outer: Mention, inner: Mention) -> bool:
    order = {"province": 0, "city": 1, "district": 2, "county": 2, "town": 3, "subdistrict": 3}
    a, b = order.get(_region_levels(outer), 9), order.get(_region_levels(inner), 9)
    if outer.divisions and inner.divisions:
        return outer.divisions[0] in load_gazetteer().ancestors(inner.divisions[0])
    return a < b
