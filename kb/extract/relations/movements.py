"""SINKS_TO: people, bodies and teams that go to a place (下沉到, 进驻, 驻村, 报到, 派驻),
and those who serve where they live (家住…的…); a post taken in the village one is
stationed in (驻村…担任第一书记) is read here too, from the sinking it follows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kb.extract.entities import Mention
from kb.extract.lexicon import lexicon
from kb.extract.relations.base import (
    COUNT,
    PLACE_LABELS,
    SENDS,
    SPEECH_VERBS,
    Context,
    Found,
    SentenceView,
    _date_before,
    _pairs,
    _sent_people,
)
from kb.wordlists import alternation, read_groups, read_words

CUE_ROLES = read_groups("kb.extract", "sinks_to_cue_roles.tsv")
RESIDES = rf"({alternation(read_words('kb.extract', 'residence_verbs.txt'))})"  # 家住, 住在
GOING_ADVERBS = alternation(read_words("kb.extract", "going_adverbs.txt"))  # 分批, 陆续
LEADS = rf"({alternation(read_words('kb.extract', 'leader_verbs.txt'))})"  # 带领, 率领
PLACE_BEFORE = read_words("kb.extract", "place_before_prepositions.txt")  # 到…报到, 在…驻点
STATIONED_POST = rf"({alternation(read_words('kb.extract', 'stationed_post_verbs.txt'))})"  # 担任, 任


def residents_serve_at_home(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """家住市区漪汾花园的临汾日报社人事科科长王伟、…李海燕…报名: people serving where they live."""
    for m in re.finditer(RESIDES, s.text):
        place = s.object_after(m.end(), ("Community",), s.clause_of(m.end())[1] + 1)
        if place is None or place.generic or s.text[place.end : place.end + 1] != "的":
            continue
        clause_end = s.clause_of(place.end)[1]
        for p in (x for x in s.mentions if place.end < x.start < clause_end and x.label == "Person"):
            yield Found("SINKS_TO", p, place, "residents_serve_at_home", {"verb": m.group(1)})


SINKERS = ("Person", "Unit", "Team")
SENDING_CUES = CUE_ROLES["sending"]  # the subject sends people rather than going itself


def _body_of_counted_people(s: SentenceView, c0: int) -> list[Mention]:
    """区教育局的30名干部下沉到…; 某大学党委派出20名党员教师进驻…: the body whose counted
    people (data/sent_people.txt) go is the one that sinks."""
    people = _sent_people()
    if not people:
        return []
    own = re.compile(rf"的{COUNT}(?:{people})(?:{GOING_ADVERBS})?")
    sent = re.compile(rf"{SENDS}{COUNT}(?:{people})")
    clause_start = s.clause_of(c0)[0]
    for m in reversed(s.mentions):
        if m.end > c0 or m.start < clause_start:
            continue
        if m.label in ("Unit", "PartyOrg") and not m.generic and \
                (own.fullmatch(s.text, m.end, c0) or sent.fullmatch(s.text, m.end, c0)):
            return [m]
        return []  # the nearest noun before the verb is someone else
    return []


def sinks_to(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """陆海峰,3月31日下沉到中山街道郭家娄居民区; 区文旅局、区体育局、团区委等部门…纷纷加入."""
    for c0, c1, cue in s.cues("SINKS_TO"):
        rule = "subject_cue_place"
        follower = next((m for m in s.mentions if m.start == c1 + 1 and s.text[c1] == "的"), None)
        if follower is not None and follower.label in SINKERS and not follower.generic:
            subjects = [follower]  # 驻舱的重庆援沪医疗队
        else:
            # 街道党工委派驻11名机关党员: a Party body that sends its people goes with them.
            subject = s.subject_before(c0, SINKERS + ("PartyOrg",) if cue in SENDING_CUES else SINKERS, specific=False)
            subjects = s.coordinated(subject) if subject is not None else []
            # 副院长赵八带领医疗队进驻…: a class of team goes with the person who leads it.
            if subject is not None and subject.generic and re.search(LEADS + "$", s.text[: subject.start]):
                leader = next((m for m in reversed(s.mentions) if m.label == "Person" and m.end <= subject.start
                               and re.fullmatch(LEADS, s.text[m.end : subject.start])), None)
                subjects = [leader] if leader is not None else subjects
            # 团区委组织青年突击队进驻…: the body that sends a class of team goes with it.
            if subject is not None and subject.generic and re.search(SENDS + "$", s.text[: subject.start]):
                sender = next((m for m in reversed(s.mentions) if m.label in ("Unit", "PartyOrg", "Person")
                               and not m.generic and re.fullmatch(SENDS, s.text[m.end : subject.start])), None)
                subjects = [sender] if sender is not None else subjects
            # 李某任总指挥,当天即带领…干部进驻…: a clause opening with 带领 is the leader's.
            clause_start = s.clause_of(c0)[0]
            if re.match(r"[^,，;；。]{0,4}?" + LEADS, s.text[clause_start:c0]):
                leader = next((m for m in reversed(s.mentions) if m.label == "Person" and m.end <= clause_start), None)
                if leader is not None and leader not in subjects:
                    subjects = [leader, *subjects]
        if not subjects:
            subjects = _body_of_counted_people(s, c0)
        # 李某说,下沉干部和居民一起…: the one quoted speaks about others, she is not the doer.
        subjects = [x for x in subjects if not s.text.startswith(SPEECH_VERBS, x.end)]
        if not subjects:
            # 下沉到怡馨社区的区发改局干部孙某: a relative clause before the person it describes.
            place = s.object_after(c1, PLACE_LABELS, s.clause_of(c1)[1])
            if place is not None and s.is_modifier(place):
                person = next((x for x in s.mentions if x.label == "Person" and place.end < x.start
                               and x.start <= s.clause_of(place.end)[1]), None)
                subjects = [person] if person is not None else []
                rule = "relative_clause_person"
        if not subjects:
            continue
        clause_end = s.clause_of(c1)[1]
        target = s.object_after(c1, PLACE_LABELS, clause_end)
        says_nothing_more = not any(c1 <= m.start < clause_end and m not in subjects for m in s.mentions)
        targets: list[Mention] = []
        if target is None and cue in SENDING_CUES:
            # 县林业局派驻桃坪村工作队5人: the team sent is named after the village it goes to.
            team = next((m for m in s.mentions if m.start == c1 and m.label == "Team"), None)
            target = next((p for p in team.parts if p.start == team.start and p.label == "Community"
                           and not p.generic), None) if team is not None else None
        if target is None and cue in CUE_ROLES["place_before"]:
            # 到桃源社区报到, 在社区驻点: the place stands between 到/在 and the verb.
            target = next((m for m in s.mentions if m.end == c0 and m.label in PLACE_LABELS
                           and s.text[m.start - 1 : m.start] in PLACE_BEFORE and m not in subjects), None)
        if target is not None:
            targets = s.coordinated(target, leftwards=False) if target in s.mentions else [target]
        elif cue in CUE_ROLES["places_first"] and s.text[subjects[0].start - 1 : subjects[0].start] == "由":
            # 对于邮轮港和涓浦路两个较大的隔离点,由区委组织部派驻…: the places come first.
            targets = [m for m in s.mentions if m.end <= subjects[0].start and m.label in ("Site", "Community")
                       and not m.generic]
            rule = "places_then_subject_cue"
        elif ctx.topic_site is not None and says_nothing_more and cue in CUE_ROLES["topic_site"]:
            targets, rule = [ctx.topic_site], "subject_cue_topic_site"
        elif cue in CUE_ROLES["site_before"] and not any(c1 <= m.start < clause_end and m.label in PLACE_LABELS
                                                     for m in s.mentions):
            # 秣陵街道将宾馆改造为秣陵街道集中健康观察点,秣陵街道党工委派驻11名党员: sent to
            # the site the sentence has just set up (a Site only; a region is too broad).
            site = next((m for m in reversed(s.mentions) if m.end <= subjects[0].start and m.label == "Site"
                         and not m.generic), None)
            targets, rule = ([site], "subject_cue_site_before") if site is not None else ([], rule)
        date = _date_before(s.text, c0)
        props = {"verb": cue, **({"date": date} if date else {})}
        for subj, t in _pairs(s, subjects, targets, c0):
            yield Found("SINKS_TO", subj, t, rule, dict(props))


def stationed_then_serves(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """县某中心的龙某驻村柳树湾村担任第一书记: the post is held in the village just named."""
    for f in sinks_to(s, ctx):
        if f.source.label != "Person" or f.target.label != "Community" or f.properties["verb"] not in CUE_ROLES["village_post"]:
            continue
        m = re.match(STATIONED_POST + r"([\u4e00-\u9fff]{2,8})(?=$|[,，;；。])", s.text[f.target.end :])
        if m and lexicon().title_ending_at(m.group(2), len(m.group(2))) == m.group(2):
            yield Found("HOLDS_POST", f.source, f.target, "stationed_then_serves", {"title": m.group(2),
                                                                                  "verb": m.group(1)})
