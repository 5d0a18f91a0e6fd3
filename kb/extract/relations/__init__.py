"""Relations from the cue words and constructions of one sentence.

Each rule is a small function `(SentenceView, Context) -> Iterator[Found]` named after the
construction it reads; the rule's name travels with every relation it produces. Cue words
are in data/relation_cues.tsv and post titles in data/post_titles.txt.

Ends are the sentence's top-level mentions (a name inside a longer name is a part, not an
end). A subject is the nearest fitting mention before the cue that is not a modifier
(followed by 的); an object is the first fitting mention after the cue in the same clause.
When a report leaves an end implicit, a rule may fall back on the article's actor (the
region or body the report is about) or the site the paragraph is about, and says so in
its rule name.

base.py           Found, Context, SentenceView and the cues and helpers the families share
posts.py          HOLDS_POST from a post title written around a name
appointments.py   HOLDS_POST from a verb of serving or appointing, and from pronouns
movements.py      SINKS_TO: going to a place, serving where one lives
pairing.py        PAIRS_WITH and TWINNED_WITH
structure.py      ESTABLISHED, ADOPTS, ISSUED, TAKES_OVER
subordination.py  SUBORDINATE_TO, and what names inside names say
places.py         LOCATED_IN from the place a sentence or paragraph is about
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from kb.extract.relations.appointments import appointment, name_serves_as, pronoun_sinks, pronoun_takes_post
from kb.extract.relations.base import Context, Found, SentenceView
from kb.extract.relations.movements import residents_serve_at_home, sinks_to, stationed_then_serves
from kb.extract.relations.places import (
    communities_of_local_region,
    estate_where_community_acts,
    estates_of_opening_community,
    opening_region,
    place_of_region,
    sent_to_opening_place,
    teams_of_opening_place,
)
from kb.extract.relations.posts import (
    bare_title_of_named_body,
    bare_title_of_named_team,
    name_is_org_title,
    name_then_post,
    org_de_name,
    org_title_name,
    sent_by_org_name,
)
from kb.extract.relations.structure import adopts, established, issued, takes_over
from kb.extract.relations.subordination import inner_names, level_list, org_chain, sets_up_under

__all__ = ["SENTENCE_RULES", "Context", "Found", "SentenceView", "find_relations", "inner_names", "opening_region"]

SENTENCE_RULES: tuple[Callable[[SentenceView, Context], Iterator[Found]], ...] = (
    org_title_name,
    name_then_post,
    bare_title_of_named_body,
    bare_title_of_named_team,
    name_serves_as,
    name_is_org_title,
    sent_by_org_name,
    org_de_name,
    appointment,
    pronoun_sinks,
    stationed_then_serves,
    pronoun_takes_post,
    sinks_to,
    residents_serve_at_home,
    established,
    adopts,
    issued,
    takes_over,
    org_chain,
    level_list,
    sets_up_under,
    communities_of_local_region,
    place_of_region,
    estates_of_opening_community,
    teams_of_opening_place,
    estate_where_community_acts,
    sent_to_opening_place,
)


def find_relations(s: SentenceView, ctx: Context) -> list[Found]:
    out: list[Found] = []
    for rule in SENTENCE_RULES:
        out.extend(rule(s, ctx))
    for m in s.mentions:
        out.extend(inner_names(m))
    seen, unique = set(), []
    for f in out:
        k = (f.type, f.source.key, f.target.key)
        if k not in seen and f.source.key != f.target.key:
            seen.add(k)
            unique.append(f)
    return unique
