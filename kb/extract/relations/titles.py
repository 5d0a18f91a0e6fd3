"""Posts from the words between an organisation and a person: one construction for all.

`X局干部Y`, `X局副局长Y`, `X局的Y`, `X局Y` (nothing between), `X队临时党委书记、Y会副主任Z` (two
posts, read right to left), `X学院的A、B、C三位同志` (a list of persons shares the
organisation). What may stand between is `的`, post titles (data/post_titles.txt, with
modifiers such as 副 or 常务 before them) and affiliation words (data/affiliations.txt), joined
by `、`. The title is the HOLDS_POST's `title`; an affiliation is a post too (ANNOTATION.md).
The same words after `Y是X(的)(一名)` state Y's post too (`Y是X局某所的工作人员`).
"""

from __future__ import annotations

from functools import lru_cache

from kb.extract.clauses import is_separator, words
from kb.extract.entities import Mention, is_han
from kb.extract.lexicon import lexicon
from kb.extract.relations.base import Found
from kb.wordlists import read_list

POST_PLACES = ("Unit", "PartyOrg", "Team", "Site", "Community")
MAX_PREFIX = 4  # 党建专职副书记, 数学老师: a few characters may qualify a title
ONE = ("一名", "一位", "一个")  # 是某局的一名干部: a count before the title


@lru_cache(maxsize=1)
def _title_words() -> tuple[str, ...]:
    return tuple(sorted({*lexicon().titles, *read_list("kb.extract", "affiliations.txt")}, key=len, reverse=True))


def title_of(gap: str) -> str | None:
    """The title a gap between an organisation and a person states ('' for none, None if the
    gap is not a title at all)."""
    gap = gap.strip(" ")
    if gap.startswith("的"):
        gap = gap[1:]
    if not gap:
        return ""
    word = next((w for w in _title_words() if gap.endswith(w)), None)
    if word is None:
        return None
    prefix = gap[:-len(word)]
    if len(prefix) > MAX_PREFIX or not all(is_han(c) for c in prefix) or \
            any(lexicon().boundary_starting_at(prefix, i) for i in range(len(prefix))):
        return None
    return gap


def post_relations(text: str, mentions: list[Mention]) -> list[Found]:
    out: list[Found] = []
    ordered = sorted(mentions, key=lambda m: m.start)
    for i, person in enumerate(ordered):
        if person.label != "Person" or person.generic:
            continue
        group = [person]  # A、B、C: the persons listed after one organisation and title
        k = i - 1
        while k >= 0 and ordered[k].label == "Person" and is_separator(text[ordered[k].end:group[-1].start]):
            group.append(ordered[k])
            k -= 1
        right, chained = group[-1].start, False
        while k >= 0:
            org, gap = ordered[k], text[ordered[k].end:right]
            if chained:  # X队临时党委书记、Y会副主任Z: an outer organisation with its own title
                if not gap.endswith("、"):
                    break
                gap = gap[:-1]
            title = title_of(gap)
            if org.label not in POST_PLACES or org.generic or title is None:
                break
            if chained and org.name in lexicon().heads:
                break  # 社区党委书记、居委会主任Y: the class word names the same community's body
            out.extend(Found("HOLDS_POST", p, org, "post_before_name", {"title": title}) for p in group)
            right, chained, k = org.start, True, k - 1
    return out


def copula_posts(text: str, mentions: list[Mention]) -> list[Found]:
    """Y是X局的(一名)干部: a person said to be the title of a body holds the post there (the last
    body named, the innermost: Y是X局Z所的工作人员 works in Z所)."""
    out: list[Found] = []
    ordered = sorted(mentions, key=lambda m: m.start)
    for i, person in enumerate(ordered):
        if person.label != "Person" or person.generic or not text.startswith(words()["copula"], person.end):
            continue
        bodies = []
        for m in ordered[i + 1:]:
            if m.label not in POST_PLACES or m.generic or text[(bodies[-1].end if bodies else person.end + 1):m.start]:
                break
            bodies.append(m)
        if not bodies:
            continue
        rest = text[bodies[-1].end:]
        rest = rest[1:] if rest.startswith("的") else rest
        rest = rest[len(next((w for w in ONE if rest.startswith(w)), "")):]
        title = next((w for w in _title_words() if rest.startswith(w)), None)
        if title is not None and (len(rest) == len(title) or not is_han(rest[len(title)])):
            out.append(Found("HOLDS_POST", person, bodies[-1], "copula_post", {"title": title}))
    return out
