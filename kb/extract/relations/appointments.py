"""HOLDS_POST from a verb of serving or appointing: 某某担任…组长, 由某某任组长的…专班,
区委组织部给了她新的任命:…, 她从志愿者转为…的组织者, and 他下沉到…,担任… (the person
a pronoun stands for is the one the paragraph or article named last).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kb.extract.entities import Mention, strip_quotes
from kb.extract.lexicon import lexicon
from kb.extract.relations.base import ORG_LABELS, PLACE_LABELS, SPEECH_VERBS, Context, Found, SentenceView
from kb.extract.relations.posts import _body_fitting, _named_before_fitting, _title_between
from kb.wordlists import alternation, read_chars, read_words

APPOINTMENT_VERBS = read_words("kb.extract", "appointment_verbs.txt")
NOT_APPOINTMENT = read_words("kb.extract", "not_appointment_words.txt")  # 任务, 任何: no verb


def _verb_opening_no_word(verb: str) -> str:
    """`verb` as a regex that does not match where it opens an ordinary word (任 but not 任务)."""
    rests = [w[len(verb) :] for w in NOT_APPOINTMENT if w.startswith(verb) and len(w) > len(verb)]
    return re.escape(verb) + (f"(?!{alternation(rests)})" if rests else "")


# 邵某主动担任…楼长: an adverb of manner may stand between the name and the verb, and 同志
# after the name (王某同志挂职…副书记).
NAME_SERVES = re.compile(
    rf"(?:同志)?(?:{alternation(read_words('kb.extract', 'serving_adverbs.txt'))})?({alternation(APPOINTMENT_VERBS)})")
# …进驻曹村社区,并担任…: a clause that opens with the verb (never one opening 任务, 任何).
CLAUSE_SERVES = re.compile(
    rf"(?<=[,，])(?:{alternation(read_words('kb.extract', 'clause_serving_adverbs.txt'))})?"
    rf"({'|'.join(_verb_opening_no_word(v) for v in APPOINTMENT_VERBS)})")
COMPANIONS = read_words("kb.extract", "companion_words.txt")  # 与王某一起…: a companion, not the subject
TOGETHER = read_words("kb.extract", "together_words.txt")
PRONOUNS = read_chars("kb.extract", "third_person_pronouns.txt")  # 她, 他: the person named last
DEMONSTRATIVES = ("", *read_words("kb.extract", "demonstratives.txt"))  # 该, 这个 …


def _names_a_person(s: SentenceView) -> bool:
    """Whether the sentence names a person (a pronoun read as the person named before does not)."""
    return any(x.label == "Person" and not x.rule.startswith("pronoun") for x in s.mentions)


def _serving(s: SentenceView) -> Iterator[tuple[Mention, str, int]]:
    """(person, verb, where the post starts) for every 担任/任/为 that gives a person a post."""
    for p in (m for m in s.mentions if m.label == "Person"):
        # 邵某主动担任…楼长: an adverb of manner may stand between the name and the verb.
        m = NAME_SERVES.match(s.text[p.end :])
        clause_start = s.clause_of(p.start)[0]
        if not m and "以" in s.text[clause_start : p.start]:
            m = re.match(r"(为)(?=[^,，。;；]{1,8}?的)", s.text[p.end :])  # 以区委副书记周某为组长的…专班
        if m:
            yield p, m.group(1), p.end + m.end()
    # 郑某带领…进驻曹村社区,担任…临时党支部书记: a clause that opens with the verb has the
    # sentence's acting person as its subject (not one quoted, nor one met on the way).
    for m in CLAUSE_SERVES.finditer(s.text):
        p = next((x for x in reversed(s.mentions) if x.label == "Person" and x.end <= m.start()), None)
        if p is None or s.is_modifier(p) or s.text.startswith(SPEECH_VERBS, p.end) or \
                s.text[p.start - 1 : p.start] in COMPANIONS or s.text[p.end : p.end + 2] in TOGETHER:
            continue
        if NAME_SERVES.match(s.text[p.end :]):
            continue  # the person has a verb of its own, read above
        yield p, m.group(1), m.end()


COMMUNITY_POSTS = read_words("kb.extract", "community_posts.txt")  # posts held inside a community
BUILDING_HEADS = read_words("kb.extract", "building_heads.txt")  # 12号楼栋: a building holds no post


def name_serves_as(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """任泰成担任仕林苑小区干部下沉工作组组长; 朱伟杰担任总指挥 (the post at the paragraph's site)."""
    lex = lexicon()
    for p, verb, after in _serving(s):
        clause_end = s.clause_of(after)[1]
        org = s.object_after(after, ORG_LABELS, clause_end)
        if org is not None and s.text[after:org.start] in DEMONSTRATIVES:  # 担任(该社区)…党支部书记
            title = _title_between(s.text, org.end, clause_end)
            if title:
                yield Found("HOLDS_POST", p, org, "name_serves_as", {"title": title, "verb": verb})
                if org.label == "Team":
                    place = next((x for x in reversed(org.parts) if x.label in ("Community", "Site") and not x.generic), None)
                    if place is not None and "下沉" in org.name:
                        yield Found("SINKS_TO", p, place, "heads_sinking_team", {"verb": "下沉"})
            # 担任12号楼楼栋长: a building is no body; the post is read below, in its community.
            if title or not strip_quotes(s.text[after:clause_end]).endswith(COMMUNITY_POSTS):
                continue
        # 由黄强任组长的领导小组: the post, 的, then the body it is in.
        framed = re.match(r"([\u4e00-\u9fff]{1,8}?)的", s.text[after:clause_end])
        if framed and lex.title_ending_at(framed.group(1), len(framed.group(1))) == framed.group(1):
            org = next((x for x in s.mentions if x.start == after + framed.end() and x.label in ORG_LABELS), None)
            fits = lex.title_fits.get(framed.group(1))
            # 由刘某担任组长的核酸检测工作专班: a body known by its leader is one body, even
            # when its name is made of class words.
            if org is not None and org.generic and org.label == "Team" and (not fits or org.name.endswith(fits)):
                org.generic = False
            if org is not None and not org.generic and (not fits or org.name.endswith(fits)):
                yield Found("HOLDS_POST", p, org, "name_serves_as_in_body", {"title": framed.group(1),
                                                                             "verb": verb})
                continue
        title = strip_quotes(s.text[after:clause_end])
        # 何某带领…进驻…检测点,担任点长: the site may stand between the person and the verb.
        body = _body_fitting(s, title, p.start) or _named_before_fitting(s, title, after)
        if body is not None:
            yield Found("HOLDS_POST", p, body, "name_serves_as_in_body_set_up",
                        {"title": title, "verb": verb})
            continue
        # 苏某下沉到…社区后,主动担任12号楼楼栋长: a post inside a community (楼栋长, 网格长) is
        # held in the named community the person went to earlier in the sentence.
        if title.endswith(COMMUNITY_POSTS):
            home = next((x for x in reversed(s.mentions) if p.end <= x.start and x.end <= after
                         and x.label == "Community" and not x.generic and not x.name.endswith(BUILDING_HEADS)), None)
            if home is not None:
                yield Found("HOLDS_POST", p, home, "community_post_after_sinking", {"title": title, "verb": verb})
                continue
        if lex.title_ending_at(title, len(title)) and len(title) <= 6 and ctx.topic_site is not None:
            yield Found("HOLDS_POST", p, ctx.topic_site, "name_serves_as_at_topic_site",
                        {"title": title, "verb": verb})


def appointment(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """区委组织部给了她新的任命:洞泾镇荣欣居民区“第二书记” (her = the last person named)."""
    m = re.search(r"任命(?:为|:|：)", s.text)
    if not m or ctx.last_person is None or not re.search(rf"[{PRONOUNS}]", s.text[: m.start()]):
        return
    if _names_a_person(s):
        return
    clause_end = s.clause_of(m.end())[1]
    org = s.object_after(m.end(), ORG_LABELS, clause_end)
    if org is None:
        return
    title = _title_between(s.text, org.end, clause_end)
    if title:
        yield Found("HOLDS_POST", ctx.last_person, org, "appointment_of_last_person", {"title": title})


# 她从志愿者转为长泰社区抗疫工作的组织者: a pronoun, then a verb of taking a post.
PRONOUN_TAKES = re.compile(
    rf"^[^,，。]{{0,12}}?[{PRONOUNS}][^,，。]{{0,8}}?({alternation(read_words('kb.extract', 'taking_post_verbs.txt'))})")


def pronoun_takes_post(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """她从志愿者转为长泰社区抗疫工作的组织者 (she = the last person named)."""
    if ctx.last_person is None or _names_a_person(s):
        return
    m = PRONOUN_TAKES.match(s.text)
    if not m:
        return
    clause_end = s.clause_of(m.end())[1]
    org = s.object_after(m.end(), ORG_LABELS, clause_end)
    if org is None or org.generic:
        return
    tail = re.match(r"[^,，。;；]{0,10}?的?([\u4e00-\u9fff]{2,6})$", s.text[org.end : clause_end])
    title = tail.group(1) if tail else None
    if title and lexicon().title_ending_at(title, len(title)):
        title = lexicon().title_ending_at(title, len(title))
        yield Found("HOLDS_POST", ctx.last_person, org, "pronoun_takes_post", {"title": title, "verb": m.group(1)})


# 3月15日,他下沉到某社区: a date or adverb may stand in a clause of its own before the pronoun.
PRONOUN_SINKS = re.compile(
    rf"^(?:[^,，。]{{0,8}}[,，])?[^,，。]{{0,12}}?(?<!其)[{PRONOUNS}](?!们)[^,，。]{{0,8}}?"
    rf"({alternation(read_words('kb.extract', 'pronoun_sinking_verbs.txt'))})")
POST_AFTER_SINKING = re.compile(rf"[,，]?({alternation(read_words('kb.extract', 'post_after_sinking_verbs.txt'))})")


def pronoun_sinks(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """区司法局的刘某是一名老党员。3月15日,他下沉到某社区,担任某社区第3网格“红色管家”
    (he = the person the paragraph has just introduced): the sinking, and the post taken there."""
    person = ctx.paragraph_person
    if person is None or _names_a_person(s):
        return
    # 3月15日,他…: a date or adverb may stand in a clause of its own before the pronoun.
    m = PRONOUN_SINKS.match(s.text)
    if not m:
        return
    clause_end = s.clause_of(m.end())[1]
    place = s.object_after(m.end(), PLACE_LABELS, clause_end)
    if place is None or place.generic:
        return
    yield Found("SINKS_TO", person, place, "pronoun_sinks", {"verb": m.group(1)})
    post = POST_AFTER_SINKING.match(s.text[clause_end:])
    if post is None:
        return
    start = clause_end + post.end()
    org = s.object_after(start, ORG_LABELS + PLACE_LABELS, s.clause_of(start)[1])
    if org is not None and org.start == start and not org.generic:
        title = strip_quotes(s.text[org.end : s.clause_of(start)[1]]).strip()
        yield Found("HOLDS_POST", person, org, "pronoun_sinks_and_serves", {"title": title, "verb": post.group(1)})
