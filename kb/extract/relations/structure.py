"""What a body or region does to structures and documents: ESTABLISHED (成立, 组建),
ADOPTS (实行…制度, 以…为抓手, 按照…要求), ISSUED (印发《…》) and TAKES_OVER (接管 a site).

When the sentence names no subject, the doer is the sentence's topic, the article's actor
or its main region, and the rule name says which (`_actor`, `_sentence_topic`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kb.extract.entities import Mention
from kb.extract.relations.base import (
    CHAIN_DASH,
    SENDS,
    SPEECH_LEAD,
    SPEECH_VERBS,
    Context,
    Found,
    SentenceView,
    _date_before,
)
from kb.wordlists import alternation, read_chars, read_words


def _words(name: str) -> tuple[str, ...]:
    return read_words("kb.extract", name)


WHOLE_LEVELS = read_chars("kb.extract", "whole_region_levels.txt")  # 全区, 全市, 全县, 全镇
LINKING_ADVERBS = _words("clause_linking_adverbs.txt")  # …区里印发《…》,并实行…
HERE_SUFFIXES = read_chars("kb.extract", "region_here_suffixes.txt")  # 区里, 区上
FORMING_ADVERBS = alternation(_words("forming_adverbs.txt"))  # 红旗村也组建了…
FRAME_VERBS = alternation(_words("frame_verbs.txt"))  # 成立由…任组长的…
PASSIVE_ADVERBS = alternation(_words("passive_setup_adverbs.txt"))  # 临时党支部随即成立
ESTATE_HOLDERS = _words("estate_holding_kinds.txt")  # 社区, 村: kinds with estates inside
JOINT_WORDS = _words("joint_action_words.txt")  # 区委组织部会同街道党工委成立…
SUBJECTLESS_LEADS = _words("subjectless_leads.txt")  # …,还成立…
GATHERING_ADVERBS = alternation(_words("gathering_adverbs.txt"))  # 每天组织党员志愿者…
MEANS = alternation(_words("means_nouns.txt"))  # 以…为抓手
SYSTEMS = alternation(_words("system_nouns.txt"))  # 以“1+5+N”组织体系统筹
FOLLOWS = alternation(_words("following_verbs.txt"))  # 按照“两包一”要求
MODELS = alternation(_words("model_nouns.txt"))
BODY_MEASURES = alternation(_words("body_measure_words.txt"))  # 两个单位, 三家单位
BODY_CLASSES = alternation(_words("body_class_nouns.txt"))
HANDING = alternation(_words("handing_words.txt"))  # 交由佘山镇接管


def _actor(s: SentenceView, ctx: Context, pos: int, labels: tuple[str, ...]) -> tuple[Mention | None, str]:
    subject = s.subject_before(pos, labels, specific=False)
    if subject is not None and subject.generic:
        subject = None  # a class of bodies names no one: the report's actor is meant
    clause_start = s.clause_of(pos)[0]
    # 全区范围内构建起…; …吴某介绍,全区按照…: the whole region is this clause's own subject,
    # whatever the clause before it names.
    own_clause = subject is None or subject.start < clause_start
    if own_clause and ctx.main_region is not None and "Region" in labels and \
            re.search(rf"全({alternation(WHOLE_LEVELS)})", s.text[clause_start:pos]):
        return ctx.main_region, "whole_region_cue_object"
    # …部长赵某介绍,区里第一时间印发《…》,实行“…”制度: 区里 is the report's region, for its
    # own clause and for a clause right after it that names no subject.
    lead_start = clause_start
    if own_clause and clause_start > 0 and s.text[clause_start:pos].strip() in ("", *LINKING_ADVERBS):
        lead_start = s.clause_of(clause_start - 1)[0]
    # 市里 in a district's report is the city, not the district: the level must be the region's.
    if own_clause and ctx.main_region is not None and "Region" in labels and \
            re.match(rf"{re.escape(ctx.main_region.name[-1:])}[{HERE_SUFFIXES}]", s.text[lead_start:pos]):
        return ctx.main_region, "whole_region_cue_object"
    if subject is None:
        # The sentence's topic: a body or region opening it (茂南区委组织部充分发挥…,…建立…).
        first = next((m for m in s.mentions if m.label in labels and not m.generic), None)
        if first is not None and first.end <= pos and first.start <= 2 and not s.is_modifier(first):
            subject = first
    if subject is not None:
        return subject, "subject_cue_object"
    if ctx.actor is not None and ctx.actor.label in labels:
        return ctx.actor, "actor_cue_object"
    if ctx.main_region is not None and "Region" in labels:
        return ctx.main_region, "main_region_cue_object"
    return None, ""


OWN_PLACE = _words("own_place_words.txt")  # 村里组建了…: the village the team is named after


def _community_forming_team(s: SentenceView, cue: int, team: Mention) -> Mention | None:
    """The village or community that opens the clause of `cue` (or is written 村里 there,
    the one the team's name holds) as the subject forming `team`."""
    start = s.clause_of(cue)[0]
    place = s.subject_before(cue, ("Community",))
    if place is not None and place.start == start and re.fullmatch(rf"({FORMING_ADVERBS})?", s.text[place.end : cue]):
        return place
    if s.text[start:cue] in OWN_PLACE:
        return next((p for p in team.parts if p.label == "Community" and not p.generic), None)
    return None


def established(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """宁文玲…成立临时党支部; 成立以…为总指挥的疫情防控支援力量调度指挥部 (by the report's actor)."""
    cues = list(s.cues("ESTABLISHED"))
    # 区卫健局组织15支党员医疗服务队: organising a counted number of teams is forming them.
    cues += [(m.start(), m.end(), "组织") for m in re.finditer(r"组织(?=[0-9一二三四五六七八九十两百]+支)", s.text)]
    for c0, c1, cue in sorted(cues):
        clause_end = s.clause_of(c1)[1]
        after = c1
        # 成立以…为总指挥的…, 成立由…任组长的…: the object follows the frame.
        frame = re.match(rf"了?(?:以[^,，。;；]*?为|由[^,，。;；]*?(?:{FRAME_VERBS}))[^,，。;；]*?的", s.text[c1:])
        if frame:  # 成立以区委常委、组织部长为总指挥的…指挥部: the object follows the frame
            after = c1 + frame.end()
            clause_end = s.clause_of(after)[1]
        target = next((m for m in s.mentions if after <= m.start <= clause_end and m.label in
                       ("PartyOrg", "Team", "Site", "Unit")), None)
        if target is not None and CHAIN_DASH.match(s.text[target.end : target.end + 1]):
            continue  # 建立街道党工委—社区党委—…联动机制: the chain is described, not set up
        if target is None:
            # 隔离点临时党支部随即成立: the body set up stands before the verb, and the report's
            # actor (who took over the site) set it up.
            target = next((m for m in reversed(s.mentions) if m.end <= c0 and m.label in ("PartyOrg", "Team")
                           and not m.generic and re.fullmatch(rf"({PASSIVE_ADVERBS})?", s.text[m.end : c0])
                           and m.start == s.clause_of(c0)[0]), None)
            if target is not None and ctx.actor is not None and ctx.actor.label in ("Region", "Unit", "PartyOrg"):
                yield Found("ESTABLISHED", ctx.actor, target, "passive_set_up_by_actor", {"verb": cue})
            continue
        if target.label == "Team" and (home := _community_forming_team(s, c0, target)) is not None:
            # 红旗村组建了党员突击队, 村里组建了红旗村志愿服务队: the village's own team.
            yield Found("ESTABLISHED", home, target, "community_forms_team", {"verb": cue})
            yield Found("LOCATED_IN", target, home, "community_forms_team", {})
            continue
        # 宁文玲,很快接到…的指令,迅速发动社区党员成立临时党支部: the person the sentence is about.
        subject = next((m for m in reversed(s.mentions) if m.label == "Person" and m.end <= c0
                        and not s.is_modifier(m) and not s.text.startswith(SPEECH_VERBS, m.end)), None)
        rule = "person_cue_object"
        if subject is None:
            # 医疗队成立方舱医院临时党支部: a named team opening the clause sets up its own branch.
            team = s.subject_before(c0, ("Team",))
            if team is not None and team.start == s.clause_of(c0)[0] and target.label == "PartyOrg":
                subject, rule = team, "team_cue_object"
        if subject is None:
            # 电子城街道组织辖区内…等单位党员组建…: the body that gathers the people forms the team,
            # not a name inside the list of whom it gathered.
            clause_start = s.clause_of(c0)[0]
            subject = next((m for m in s.mentions if clause_start <= m.start and m.end <= c0 and not m.generic
                            and m.label in ("Region", "Unit", "PartyOrg") and not s.is_modifier(m)
                            and re.match(SENDS, s.text[m.end : c0])), None)
            rule = "sender_cue_object"
        if subject is None:
            # 白沙社区在翠竹园小区成立了…临时党支部: a named community opening the clause sets up
            # the body in one of its estates.
            clause_start = s.clause_of(c0)[0]
            home = next((m for m in s.mentions if m.start == clause_start and m.label == "Community"
                         and not m.generic and m.properties.get("kind") in ESTATE_HOLDERS), None)
            estate = next((m for m in s.mentions if home is not None and m.start == home.end + 1
                           and m.label == "Community" and m.properties.get("kind") == "小区"), None)
            if home is not None and estate is not None and s.text[home.end] == "在" and \
                    re.fullmatch(r"(了)?", s.text[estate.end : c0]) is not None:
                subject, rule = home, "community_at_estate"
        if subject is None and (place := s.subject_before(c0, ("Site", "Community"))) is not None and \
                place.start == s.clause_of(c0)[0] and (ctx.actor is None or ctx.actor.label != "Region"):
            # 绿地社区核酸采样点设立了临时党支部: where it was set up; who did it is not said, and
            # the body the last sentence was about is no safer a guess than the report's region.
            continue
        if subject is None:
            subject, rule = _actor(s, ctx, c0, ("Region", "Unit", "PartyOrg"))
        if subject is None:
            continue
        props = {"verb": cue}
        if (date := _date_before(s.text, c0)):
            props["date"] = date
        subjects = s.coordinated(subject) if subject in s.mentions else [subject]
        # 区委组织部会同街道党工委成立…: both bodies set it up.
        partner = next((m for m in s.mentions if m.end <= subject.start and m.label in ("Unit", "PartyOrg")
                        and s.text[m.end : subject.start] in JOINT_WORDS), None) \
            if subject in s.mentions else None
        if partner is not None:
            subjects = [partner, *subjects]
        for t in s.coordinated(target, leftwards=False):
            for subj in subjects:
                yield Found("ESTABLISHED", subj, t, rule, props)


def _sentence_topic(s: SentenceView, pos: int, labels: tuple[str, ...]) -> Mention | None:
    """历下区委启动…,成立…指挥部,实行…: a clause with no subject of its own (the cue opens
    it, or only a 在-phrase of place stands before it) shares the subject that opens the
    sentence, not the object of the clause before. After a quoted speaker (王某介绍,…) the
    sentence opens where the reported speech does; in a chain 陕西省西安市雁塔区 the last
    region is the one meant."""
    clause_start = s.clause_of(pos)[0]
    lead = s.text[clause_start:pos].strip()
    # 每天组织党员志愿者开展…: a lead that names no one (an adverb, a verb of gathering people,
    # a 在-phrase of place) leaves the clause without a subject of its own.
    names_someone = any(clause_start <= x.start < pos and x.label in labels + ("Person",) and not x.generic
                        for x in s.mentions) or re.search(rf"全[{WHOLE_LEVELS}]", lead)
    if clause_start == 0 or names_someone or not (lead in ("", *SUBJECTLESS_LEADS)
                                                  or re.fullmatch(r"在[^,，;；。]+", lead)
                                                  or re.fullmatch(rf"({GATHERING_ADVERBS})?" + SENDS + r"[^,，;；。]+", lead)):
        return None
    opening = 0
    speech = SPEECH_LEAD.match(s.text)
    if speech and speech.end() <= clause_start and any(
            x.label == "Person" and x.end <= speech.end() for x in s.mentions):
        opening = speech.end()
    first = next((m for m in s.mentions if m.label in labels and m.start >= opening), None)
    if first is None or first.start > opening or first.generic or s.is_modifier(first) or \
            any(x.label == "Person" and opening <= x.start < pos and s.clause_of(x.start)[0] == x.start
                for x in s.mentions):
        return None
    while (nxt := next((m for m in s.mentions if m.start == first.end and m.label == "Region"), None)) is not None \
            and first.label == "Region":
        first = nxt
    return first


def adopts(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """实行…“片长制”; 建立大规模核酸检测力量支援调度机制; 茂南区委组织部以“双报到”制度…为抓手."""
    seen: set[int] = set()
    cues = list(s.cues("ADOPTS"))
    for m in re.finditer(r"以", s.text):
        rest = s.text[m.end() : s.clause_of(m.end())[1]]
        # 以“1+5+N”组织体系统筹力量: organising by a named system is adopting it.
        if re.search(rf"为({MEANS})", rest) or re.match(rf"[“\"][^”\"]{{1,20}}[”\"](?:{SYSTEMS})?统筹", rest):
            cues.append((m.start(), m.end(), "以…为抓手" if "为" in rest else "以…统筹"))
    # 全区按照“两包一”要求: following a named requirement or model is adopting it.
    for m in re.finditer(rf"({FOLLOWS})(?=[“\"][^”\"]{{2,20}}[”\"]({MODELS}))", s.text):
        cues.append((m.start(), m.end(), m.group(1)))
    for c0, c1, cue in cues:
        clause_end = s.clause_of(c1)[1]
        mechs = [m for m in s.mentions if c1 <= m.start < clause_end and m.label == "Mechanism"
                 and id(m) not in seen]
        if not mechs:
            continue
        # 纬五路第一社区建立“1+5+N”联防机制: a named community can be the one that adopts it;
        # the report's region is meant only when the clause names no subject at all.
        # 区委…,以“1+5+N”组织体系统筹力量: a system of the whole district's bodies is the
        # district's, as a district committee's documents are (see issued).
        bodies = ("Region", "Unit") if cue == "以…统筹" else ("Region", "Unit", "PartyOrg")
        own = s.subject_before(c0, ("Region", "Unit", "PartyOrg", "Community"))
        topic = _sentence_topic(s, c0, bodies)
        if own is not None and own.label == "Community":
            subject, rule = own, "subject_cue_object"
        elif topic is not None:
            subject, rule = topic, "sentence_topic_cue_object"
        else:
            subject, rule = _actor(s, ctx, c0, bodies)
        if subject is None:
            continue
        # 区住建局、区城管局包联…,在…推行…: every body of the list adopts it.
        subjects = [*s.coordinated(subject), *s.coordinated(subject, leftwards=False)[1:]] \
            if subject in s.mentions else [subject]
        # A局包保…,B局包保…,两个单位分别…实行…: a counted 单位 sums up the bodies that open the
        # sentence's clauses, and each of them adopts it.
        summed = re.search(rf"(?:两|三|四|[2-9])(?:{BODY_MEASURES})?(?:{BODY_CLASSES})", s.text[:c0])
        if subject in s.mentions and summed and subject.start == 0:
            openers = [m for m in s.mentions if m.label in ("Unit", "PartyOrg") and not m.generic
                       and m.end <= summed.start() and s.clause_of(m.start)[0] == m.start]
            subjects += [m for m in openers if m not in subjects]
        for mech in mechs:
            seen.add(id(mech))
            for subj in subjects:
                yield Found("ADOPTS", subj, mech, rule, {"verb": cue})


def issued(s: SentenceView, ctx: Context) -> Iterator[Found]:
    for c0, c1, cue in s.cues("ISSUED"):
        clause_end = s.clause_of(c1)[1]
        policies = [m for m in s.mentions if c1 <= m.start <= clause_end and m.label == "Policy"]
        if not policies:
            continue
        subject, rule = _actor(s, ctx, c0, ("Region", "Unit"))
        # 城关区委印发《…》: a named Party committee right before the verb issues it itself; only
        # when it is said, since a branch the report was about issues no district's documents.
        committee = s.subject_before(c0, ("Region", "Unit", "PartyOrg"))
        if committee is not None and committee.label == "PartyOrg" and committee.end == c0:
            subject, rule = committee, "committee_cue_object"
        if subject is None:
            continue
        # 区委组织部、区委宣传部联合印发: each body of the list issued it.
        subjects = s.coordinated(subject) if subject in s.mentions else [subject]
        for p in policies:
            for subj in subjects:
                yield Found("ISSUED", subj, p, rule, {"verb": cue})


TAKE_OVER_ADVERBS = rf"(?:{alternation(_words('take_over_adverbs.txt'))})*"


def takes_over(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """申港路集中隔离治疗点…自4月7日起交由佘山镇接管 (passive); 区住建局接管了…方舱."""
    for c0, c1, cue in s.cues("TAKES_OVER"):
        date = _date_before(s.text, c0)
        props = {"verb": cue, **({"date": date} if date else {})}
        agent = next((x for x in reversed(s.mentions) if x.end <= c0 and x.label in ("Region", "Unit")), None)
        if agent is None:
            continue
        # 由纸坊街道负责接管: an adverb of duty may stand between the agent and the verb.
        if re.fullmatch(TAKE_OVER_ADVERBS, s.text[agent.end : c0]) and \
                re.search(rf"({HANDING})$", s.text[: agent.start]):
            site = next((x for x in s.mentions if x.end <= agent.start and x.label == "Site" and not x.generic),
                        None)
            if site is None and s.object_after(c1, ("Site",), s.clause_of(c1)[1]) is None:
                site = ctx.topic_site
            if site is not None:
                yield Found("TAKES_OVER", agent, site, "site_handed_to_agent", props)
                continue
            # 由江宁区负责接管汤山隔离点: the site follows the verb, read below.
        site = s.object_after(c1, ("Site",), s.clause_of(c1)[1])
        if site is not None and agent.start >= s.clause_of(c0)[0] and not s.is_modifier(agent) and \
                re.fullmatch(r"[^,，;；。]{0,12}", s.text[agent.end : c0]):
            yield Found("TAKES_OVER", agent, site, "subject_cue_object", props)
