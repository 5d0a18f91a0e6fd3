"""One article -> its mentions, relations and counts (before uids are given).

Order: mentions per sentence; short forms of regions confirmed against the article; the
main region; short forms that refer back (coref); relations sentence by sentence with the
article's context; containment of regions; counts with their scope.
"""

from __future__ import annotations

import re

from kb.analyse import analyse_all
from kb.extract.article_places import WHOLE_REGION, confirm_short_forms, containment, main_region
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
from kb.extract.demonstratives import (
    demonstrative_mentions,
    drop_unresolved,
    pronoun_mentions,
    resolve_demonstrative,
    resolve_pronoun,
)
from kb.extract.entities import QUOTED, Mention, drop_leading_regions, find_mentions, is_han, normalise_name
from kb.extract.facts import ArticleFacts, SentenceFacts, all_mentions
from kb.extract.frames import frame_relations
from kb.extract.lexicon import lexicon
from kb.extract.mentions import analysed_mentions, mark_references
from kb.extract.relations import Context, Found, SentenceView, find_relations, opening_region
from kb.extract.relations.titles import copula_posts, post_relations
from kb.extract.stats import find_counts
from kb.model import Article
from kb.wordlists import alternation, read_list

ACTOR_LABELS = ("Region", "Unit", "PartyOrg")
# 各临时党支部, 这些社区, 3个小区: a class mention counted or quantified is many, refers back to none.
PLURAL_BEFORE = re.compile(f"(?:{alternation(read_list('kb.extract', 'plural_determiners.txt'))}"
                           r"|[0-9一二三四五六七八九十两]+个)$")
CLAUSE_OPENERS = ("", *read_list("kb.extract", "clause_openers.txt"))  # 近年来, 目前: before a clause's actor


def _top_level(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if not any(o is not m and o.start <= m.start and m.end <= o.end
                                           and (o.end - o.start) > (m.end - m.start) for o in mentions)]


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


def extract_article(article: Article) -> ArticleFacts:
    per_sentence = [find_mentions(s.text.text, s.text.surface) for s in article.sentences]
    tokens = analyse_all([s.text.text for s in article.sentences])
    for s, words, ms in zip(article.sentences, tokens, per_sentence, strict=True):
        ms.extend(analysed_mentions(s.text.text, s.text.surface, words, ms))
        ms.extend(demonstrative_mentions(s.text.text, s.text.surface, ms))
        ms.extend(pronoun_mentions(s.text.text, s.text.surface, ms))
        ms.sort(key=lambda m: (m.start, -m.end))
    confirm_short_forms(per_sentence)
    for sentence, ms in zip(article.sentences, per_sentence, strict=True):
        for m in all_mentions(ms):
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
        drop_unresolved(ms)
        mark_references(text, ms)
        top = _top_level(ms)
        view = SentenceView(text, top)
        sf = SentenceFacts(sentence, ms, find_relations(view, ctx))
        discourse.new_sentence(sentence.paragraph)
        _add_new(sf.relations, frame_relations(text, words, top, discourse))
        _add_new(sf.relations, post_relations(text, top) + copula_posts(text, top))
        for count in find_counts(text):
            sf.counts.append((count, _scope(view, count.start, ctx)))
        facts.append(sf)
        _update_context(ctx, view)
        if first_in_paragraph:  # 红旗乡是…: the paragraph is about that town
            ctx.topic_region = opening_region(view)
        earlier_in_paragraph.extend(m for m in all_mentions(ms) if not m.generic)
        earlier_in_article.extend(m for m in all_mentions(ms) if not m.generic)
    out = ArticleFacts(article, facts, main)
    out.extra_relations = list(containment(out))
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
    everything = all_mentions(ms)

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
        resolve_demonstrative(m, earlier_in_article + named_before(m))
        resolve_pronoun(m, earlier_in_paragraph + named_before(m))
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
                text[clause_start : m.start].strip("“”") in CLAUSE_OPENERS:
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


