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
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from kb.extract.entities import Mention, strip_quotes
from kb.extract.lexicon import lexicon

CLAUSE_BREAK = re.compile(r"[,，;；:：。!！?？]")
DATE = re.compile(r"(\d{1,2}月\d{1,2}日|\d{1,2}日)")
JOINERS = ("、", "和", "及", "与", "以及")  # between coordinated names, quotes aside
SPEECH_VERBS = ("说", "表示", "介绍", "指出", "强调", "告诉")  # a person quoted is not the doer
SPEECH_LEAD = re.compile(r"[^。;；]*?(?:" + "|".join(SPEECH_VERBS) + r")[,，:：]")  # `X介绍,` opening a sentence
ORG_LABELS = ("Unit", "PartyOrg", "Team", "Site", "Community")
PLACE_LABELS = ("Community", "Site", "Region")
LOCATIVES = ("在", "于")  # a noun after these is a place in the clause, not its subject
SELF_HEADS = ("局", "院", "委")
LOCATIVE_FRAMES = ("于是",)  # opens a clause with 于 but places nothing (so, thereupon)
CUE_AS_MODIFIER = ("单位", "部门")  # 5个结对单位的党员干部…报到: the verb is 报到, not 结对  # 局长 of a …局, 院长 of a …院, 委员 of a …委


@dataclass
class Found:
    type: str
    source: Mention
    target: Mention
    rule: str
    properties: dict[str, Any] = field(default_factory=dict)


@dataclass
class Context:
    """What the article has established before this sentence."""

    main_region: Mention | None = None
    actor: Mention | None = None  # the region or body the report is currently about
    topic_site: Mention | None = None  # the site or community the paragraph is about
    last_person: Mention | None = None
    paragraph_person: Mention | None = None  # the last person named in this paragraph
    topic_region: Mention | None = None  # the town or subdistrict a paragraph opens with
    paragraph_team: Mention | None = None  # the last named team in this paragraph (before this sentence)


@dataclass
class SentenceView:
    text: str
    mentions: list[Mention]  # top-level mentions, by position

    def clause_of(self, pos: int) -> tuple[int, int]:
        start = max((m.end() for m in CLAUSE_BREAK.finditer(self.text, 0, pos)), default=0)
        nxt = CLAUSE_BREAK.search(self.text, pos)
        return start, nxt.start() if nxt else len(self.text)

    def cues(self, rel_type: str) -> Iterator[tuple[int, int, str]]:
        taken: list[tuple[int, int]] = []
        for cue in lexicon().cues[rel_type]:
            for m in re.finditer(re.escape(cue), self.text):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                if any(x.start <= m.start() and m.end() <= x.end for x in self.mentions):
                    continue  # the cue is part of a name (下沉工作组)
                if self.text.startswith(CUE_AS_MODIFIER, m.end()):
                    continue  # 结对单位, 包保干部: the cue describes a noun, no verb is stated
                taken.append((m.start(), m.end()))
        for s, e in sorted(taken):
            yield s, e, self.text[s:e]

    def is_modifier(self, m: Mention) -> bool:
        return self.text[m.end : m.end + 1] == "的"

    def subject_before(self, pos: int, labels: tuple[str, ...], specific: bool = True) -> Mention | None:
        """The nearest fitting noun before `pos` in its clause; the previous clause too when
        only a date or an adverb stands between (陆海峰,3月31日下沉到…). A class mention
        (generic) found first is the subject; it is returned only when `specific` is False."""
        start = self.clause_of(pos)[0]
        if start > 0 and len(self.text[start:pos].strip()) <= 8 and not any(
                start <= m.start < pos for m in self.mentions):
            start = self.clause_of(start - 1)[0]
        for m in reversed(self.mentions):
            if m.end <= pos and m.start >= start and m.label in labels and not self.is_modifier(m):
                if self.text[m.start - 1 : m.start] in LOCATIVES and m.start > start:
                    continue  # 电子城街道在西安高新医院设立…: where it happens, not who does it
                if self.text[start : start + 1] in LOCATIVES and m.start > start and \
                        not self.text.startswith(LOCATIVE_FRAMES, start) and \
                        not any(c in self.text[start : m.start] for cs in lexicon().cues.values() for c in cs):
                    continue  # 在辖区6个城中村推行…: a noun inside the 在-phrase (before its verb) is a place
                return None if specific and m.generic else m
        return None

    def object_after(self, pos: int, labels: tuple[str, ...], end: int) -> Mention | None:
        for m in self.mentions:
            if pos <= m.start < end and m.label in labels:
                return m
            if pos <= m.start < end and m.label in ORG_LABELS + ("Person",) and not self.is_modifier(m):
                return None  # another noun phrase stands between
        return None

    def coordinated(self, m: Mention, leftwards: bool = True) -> list[Mention]:
        """`m` and the mentions joined to it by 、/和/及."""
        group = [m]
        ms = self.mentions
        i = ms.index(m)
        step = -1 if leftwards else 1
        j = i + step
        while 0 <= j < len(ms):
            a, b = (ms[j], group[-1]) if leftwards else (group[-1], ms[j])
            between = self.text[a.end : b.start]
            if ms[j].label != m.label or between.strip("“”\"") not in JOINERS:
                break
            group.append(ms[j])
            j += step
        return group


def _date_before(text: str, pos: int) -> str | None:
    dates = list(DATE.finditer(text, 0, pos))
    return dates[-1].group(1) if dates else None


# ---------------------------------------------------------------- HOLDS_POST


def _title_between(text: str, start: int, end: int) -> str | None:
    """The post title written between an organisation and a name (人事科科长, 党组成员、工会主席)."""
    lex = lexicon()
    raw = text[start:end]
    if raw.startswith("的") and len(raw) > 1:  # 区卫健局的医生郑美玲
        raw = raw[1:]
    title = strip_quotes(raw)
    if not 1 <= len(title) <= 14 or any(c in raw for c in ",，;；。:：的"):
        return None
    # 县人民医院组建由副院长李文斌…: a verb or 由 between the body and the post breaks the link.
    # 总协调, 总指挥: a verb inside the post title itself breaks nothing.
    in_titles: set[int] = set()
    pos = 0
    for piece in title.split("、"):
        t = lex.title_ending_at(piece, len(piece)) or ""
        in_titles.update(range(pos + len(piece) - len(t), pos + len(piece)))
        pos += len(piece) + 1
    if any(i not in in_titles and (b := lex.boundary_starting_at(title, i)) and (len(b) >= 2 or b in "由在对将把向从为被")
           and not lex.title_starting_at(title, i) and not (i == 0 and title.startswith(STATIONED))
           for i in range(len(title))):
        return None  # (驻村第一书记: the verb 驻村 opens the post title itself)
    for piece in title.split("、"):
        if not piece or not lex.title_ending_at(piece, len(piece)):
            return None
    return title


def _body_before_title(s: SentenceView, right: int) -> tuple[Mention, str] | None:
    """The body whose post is written between it and `right`: the nearest named one, reading
    class words on the way (工会 in 党组成员、工会主席) as part of the title."""
    fallback = None
    for org in reversed([m for m in s.mentions if m.end <= right and m.label in ORG_LABELS]):
        title = _title_between(s.text, org.end, right)
        if title is None:
            break
        if not org.generic:
            return org, title
        fallback = fallback or (org, title)
    return fallback


def _split_posts(p: Mention, org: Mention, title: str) -> Iterator[Found]:
    """区财政局党组书记、局长赵海涛: 书记 of the 党组, 局长 of the 局 inside its name. A later
    post goes to the inner body whose head its first character names (局长 -> …局, 院长 -> …院)."""
    pieces = title.split("、")
    inner = [x for x in org.parts if x.label == "Unit" and not x.generic]
    if org.body is not None:  # 局党组书记、局长: the 局 named in an earlier sentence
        inner.append(org.body)
    own, moved = [], []
    for i, piece in enumerate(pieces):
        bare = piece.removeprefix("副")
        body = next((x for x in reversed(inner) if x.name.endswith(bare[:1])), None) if i and org.label == "PartyOrg" \
            else None
        (moved if body is not None else own).append((piece, body))
    yield Found("HOLDS_POST", p, org, "org_title_name", {"title": "、".join(t for t, _ in own)})
    for piece, body in moved:
        yield Found("HOLDS_POST", p, body, "org_title_name_inner_body", {"title": piece})


def org_title_name(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """市行政审批服务管理局副局长任泰成; 市府小区临时党支部书记、市荣军康复医院党支部书记贾改梅;
    侯马市司法局党组成员、工会主席付崇吉."""
    for p in (m for m in s.mentions if m.label == "Person"):
        right = p.start
        while (found := _body_before_title(s, right)) is not None:
            org, title = found
            yield from _split_posts(p, org, title)
            if org.label == "Community" and title.startswith(STATIONED):
                # 团山村驻村第一书记李某: a post held by being stationed in the place.
                yield Found("SINKS_TO", p, org, "stationed_post", {"verb": title[:2]})
            # 、 before the body: an earlier body and its post belong to the same person.
            if s.text[org.start - 1 : org.start] != "、":
                break
            right = org.start - 1


def _body_fitting(s: SentenceView, title: str, before: int) -> Mention | None:
    """成立莲花镇疫情防控工作专班,由…刘强担任组长: the named body set up earlier in the
    sentence whose head fits the bare title (data/title_fits.tsv)."""
    endings = lexicon().title_fits.get(title)
    if not endings:
        return None
    for _, c1, _cue in s.cues("ESTABLISHED"):
        if c1 > before:
            break
        body = s.object_after(c1, ("Team", "Unit", "PartyOrg", "Site"), s.clause_of(c1)[1])
        if body is not None and body.end <= before and not body.generic and body.name.endswith(endings):
            return body
    return None


def _named_before_fitting(s: SentenceView, title: str, before: int) -> Mention | None:
    """街道接管龙泉宾馆隔离点,…王某担任点长: the last named body or site before the person
    in the same sentence whose head fits the bare title (点长 -> …点)."""
    endings = lexicon().title_fits.get(title)
    if not endings:
        return None
    return next((m for m in reversed(s.mentions) if m.end <= before and m.label in ("Team", "Unit", "PartyOrg", "Site")
                 and not m.generic and m.name.endswith(endings)), None)


def bare_title_of_named_body(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """区住建局与平阳社区结对包联,局长苏建国带领…: a post opening a clause whose first character
    is the head of a body just named (局长 -> …局, 院长 -> …院) is a post in that body."""
    for p in (m for m in s.mentions if m.label == "Person" and m.rule == "title_before_name"):
        title = p.properties.get("title") or ""
        start = p.start - len(title)
        if not title or start <= 0 or s.clause_of(start)[0] != start:
            continue
        head = title.removeprefix("副")[:1]
        if head not in SELF_HEADS:
            continue
        body = next((m for m in reversed(s.mentions) if m.end <= start and m.label == "Unit" and not m.generic
                     and m.name.endswith(head)), None)
        if body is not None:
            yield Found("HOLDS_POST", p, body, "bare_title_of_named_body", {"title": title})


TEAM_TITLES = ("队长", "副队长")  # the posts of a team (…志愿服务队, …突击队)


def bare_title_of_named_team(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """“荣军红”志愿服务队的队员们…。队长赵秀兰今年60岁: a team's post opening a clause names a
    post in the team named last (earlier in the sentence, else earlier in the paragraph).
    “白沙尖兵”党员突击队…。突击队队长、退役军人孙海涛: the team, its post, then the person."""
    for p in (m for m in s.mentions if m.label == "Person"):
        clause_start = s.clause_of(p.start)[0]
        title = p.properties.get("title") or ""
        if p.rule == "title_before_name" and title in TEAM_TITLES and p.start - len(title) == clause_start:
            team = next((m for m in reversed(s.mentions) if m.end <= clause_start and m.label == "Team"
                         and not m.generic), None) or ctx.paragraph_team
            if team is not None and team.name.endswith("队"):
                yield Found("HOLDS_POST", p, team, "bare_title_of_named_team", {"title": title})
            continue
        # 突击队队长、退役军人孙海涛; 专班负责人、区民政局党组成员赵某: the team (read back to its
        # name), its post (one that fits it, data/title_fits.tsv, or 负责人), 、, a short description.
        written = next((m for m in s.mentions if m.label == "Team" and m.start == clause_start), None)
        team = written
        if written is not None and written.generic:  # 专班 standing for the 专班 named before in the paragraph
            known = ctx.paragraph_team
            team = known if known is not None and known.name.endswith(written.name) else None
        if written is None or team is None:
            continue
        framed = re.fullmatch(r"(副?队长|副?组长|负责人)、[\u4e00-\u9fff]{0,12}", s.text[written.end : p.start])
        fits = lexicon().title_fits.get(framed.group(1).removeprefix("副"), ()) if framed else ()
        if framed and (framed.group(1) == "负责人" or team.name.endswith(fits)):
            yield Found("HOLDS_POST", p, team, "bare_title_of_named_team", {"title": framed.group(1)})


def name_then_post(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """张三,笔架山街道井岗社区党委书记,连续30天…: the post follows the name as an apposition."""
    for p in (m for m in s.mentions if m.label == "Person" and m.rule == "name_then_post"):
        org = next((m for m in s.mentions if m.start == p.end + 1 and m.label in ORG_LABELS), None)
        if org is None or org.generic:
            continue
        title = _title_between(s.text, org.end, s.clause_of(org.end)[1])
        if title:
            yield Found("HOLDS_POST", p, org, "name_then_post", {"title": title})


def _serving(s: SentenceView) -> Iterator[tuple[Mention, str, int]]:
    """(person, verb, where the post starts) for every 担任/任/为 that gives a person a post."""
    for p in (m for m in s.mentions if m.label == "Person"):
        # 邵某主动担任…楼长: an adverb of manner may stand between the name and the verb.
        m = re.match(r"(?:主动|自愿|还|也|同时|又|先后|临时)?(担任|兼任|出任|任)", s.text[p.end :])
        clause_start = s.clause_of(p.start)[0]
        if not m and "以" in s.text[clause_start : p.start]:
            m = re.match(r"(为)(?=[^,，。;；]{1,8}?的)", s.text[p.end :])  # 以区委副书记周某为组长的…专班
        if m:
            yield p, m.group(1), p.end + m.end()
    # 郑某带领…进驻曹村社区,担任…临时党支部书记: a clause that opens with the verb has the
    # sentence's acting person as its subject (not one quoted, nor one met on the way).
    for m in re.finditer(r"(?<=[,，])(?:并|还|同时|又|随后|兼|主动|自愿)?(担任|兼任|出任|任(?!务|何|性|意|期|由|凭))", s.text):
        p = next((x for x in reversed(s.mentions) if x.label == "Person" and x.end <= m.start()), None)
        if p is None or s.is_modifier(p) or s.text.startswith(SPEECH_VERBS, p.end) or \
                s.text[p.start - 1 : p.start] in ("与", "和", "同") or s.text[p.end : p.end + 2] in ("一起", "一道"):
            continue
        if re.match(r"(?:主动|自愿|还|也|同时|又|先后|临时)?(担任|兼任|出任|任)", s.text[p.end :]):
            continue  # the person has a verb of its own, read above
        yield p, m.group(1), m.end()


COMMUNITY_POSTS = ("楼栋长", "楼长", "单元长", "网格长", "网格员")  # posts held inside a community


def name_serves_as(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """任泰成担任仕林苑小区干部下沉工作组组长; 朱伟杰担任总指挥 (the post at the paragraph's site)."""
    lex = lexicon()
    for p, verb, after in _serving(s):
        clause_end = s.clause_of(after)[1]
        org = s.object_after(after, ORG_LABELS, clause_end)
        if org is not None and org.start == after:
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
                         and x.label == "Community" and not x.generic and not x.name.endswith(("楼栋", "楼"))), None)
            if home is not None:
                yield Found("HOLDS_POST", p, home, "community_post_after_sinking", {"title": title, "verb": verb})
                continue
        if lex.title_ending_at(title, len(title)) and len(title) <= 6 and ctx.topic_site is not None:
            yield Found("HOLDS_POST", p, ctx.topic_site, "name_serves_as_at_topic_site",
                        {"title": title, "verb": verb})


def name_is_org_title(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """李爱华是松江区委组织部的一名科长."""
    for p in (m for m in s.mentions if m.label == "Person"):
        if s.text[p.end : p.end + 1] != "是":
            continue
        org = next((m for m in s.mentions if m.start == p.end + 1 and m.label in ORG_LABELS), None)
        if org is None or org.generic:
            continue
        m = re.match(r"的(?:一名|一位)?([\u4e00-\u9fff]{1,8}?)(?=[,，。;；])", s.text[org.end :])
        if m and lexicon().title_ending_at(m.group(1), len(m.group(1))):
            yield Found("HOLDS_POST", p, org, "name_is_org_title", {"title": m.group(1)})
        elif re.match(SENT_BY + r"[^,，。;；的]{0,6}的", s.text[org.end :]):
            # 张某是省农业农村厅选派的干部: the body that sent a person is where the person works.
            yield Found("HOLDS_POST", p, org, "name_is_sent_by_org", {"title": ""})


SENT_BY = r"(?:选派|派驻|派出|下派|委派)"


def sent_by_org_name(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """省农业大学选派的干部王某: an affiliation stated by who sent the person."""
    for p in (m for m in s.mentions if m.label == "Person"):
        for org in (m for m in s.mentions if m.end <= p.start and m.label in ("Unit", "PartyOrg") and not m.generic):
            if re.fullmatch(SENT_BY + r"的(?:[\u4e00-\u9fff]{0,4}(?:干部|党员|同志|专家))?", s.text[org.end : p.start]):
                yield Found("HOLDS_POST", p, org, "sent_by_org_name", {"title": ""})


# 区人社局干部王磊: words for staff that state an affiliation without naming a post.
STAFF_WORDS = ("机关干部", "党员干部", "工作人员", "干部", "职工")


def org_de_name(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """松江区退役军人事务局的陆海峰, 区人社局干部王磊: an affiliation, no title."""
    for p in (m for m in s.mentions if m.label == "Person"):
        # 区住建局的党员干部王某: 的 and a staff word together.
        links = (*("的" + w for w in STAFF_WORDS), "的", *STAFF_WORDS)
        link = next((w for w in links if s.text[p.start - len(w) : p.start] == w), None)
        if link is None:
            continue
        org = next((m for m in s.mentions if m.end == p.start - len(link) and m.label in ("Unit", "PartyOrg")
                    or link == "的" and m.end == p.start - 1 and m.label in ORG_LABELS), None)
        if org is not None and not org.generic:
            yield Found("HOLDS_POST", p, org, "org_de_name" if link == "的" else "org_staff_name", {"title": ""})


def appointment(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """区委组织部给了她新的任命:洞泾镇荣欣居民区“第二书记” (her = the last person named)."""
    m = re.search(r"任命(?:为|:|：)", s.text)
    if not m or ctx.last_person is None or not re.search(r"[她他]", s.text[: m.start()]):
        return
    if any(x.label == "Person" for x in s.mentions):
        return
    clause_end = s.clause_of(m.end())[1]
    org = s.object_after(m.end(), ORG_LABELS, clause_end)
    if org is None:
        return
    title = _title_between(s.text, org.end, clause_end)
    if title:
        yield Found("HOLDS_POST", ctx.last_person, org, "appointment_of_last_person", {"title": title})


def pronoun_takes_post(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """她从志愿者转为长泰社区抗疫工作的组织者 (she = the last person named)."""
    if ctx.last_person is None or any(x.label == "Person" for x in s.mentions):
        return
    m = re.match(r"^[^,，。]{0,12}?[她他][^,，。]{0,8}?(转为|成为|担任|当起|出任)", s.text)
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


def pronoun_sinks(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """区司法局的刘某是一名老党员。3月15日,他下沉到某社区,担任某社区第3网格“红色管家”
    (he = the person the paragraph has just introduced): the sinking, and the post taken there."""
    person = ctx.paragraph_person
    if person is None or any(x.label == "Person" for x in s.mentions):
        return
    # 3月15日,他…: a date or adverb may stand in a clause of its own before the pronoun.
    m = re.match(r"^(?:[^,，。]{0,8}[,，])?[^,，。]{0,12}?(?<!其)[她他](?!们)[^,，。]{0,8}?(下沉到|下沉|驻村|进驻|入驻)",
                 s.text)
    if not m:
        return
    clause_end = s.clause_of(m.end())[1]
    place = s.object_after(m.end(), PLACE_LABELS, clause_end)
    if place is None or place.generic:
        return
    yield Found("SINKS_TO", person, place, "pronoun_sinks", {"verb": m.group(1)})
    post = re.match(r"[,，]?(担任|兼任)", s.text[clause_end:])
    if post is None:
        return
    start = clause_end + post.end()
    org = s.object_after(start, ORG_LABELS + PLACE_LABELS, s.clause_of(start)[1])
    if org is not None and org.start == start and not org.generic:
        title = strip_quotes(s.text[org.end : s.clause_of(start)[1]]).strip()
        yield Found("HOLDS_POST", person, org, "pronoun_sinks_and_serves", {"title": title, "verb": post.group(1)})


# ---------------------------------------------------------------- SINKS_TO, PAIRS_WITH, TWINNED_WITH


def residents_serve_at_home(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """家住市区漪汾花园的临汾日报社人事科科长王伟、…李海燕…报名: people serving where they live."""
    for m in re.finditer(r"(家住|住在)", s.text):
        place = s.object_after(m.end(), ("Community",), s.clause_of(m.end())[1] + 1)
        if place is None or place.generic or s.text[place.end : place.end + 1] != "的":
            continue
        clause_end = s.clause_of(place.end)[1]
        for p in (x for x in s.mentions if place.end < x.start < clause_end and x.label == "Person"):
            yield Found("SINKS_TO", p, place, "residents_serve_at_home", {"verb": m.group(1)})

SINKERS = ("Person", "Unit", "Team")
SENDING_CUES = ("派驻", "选派", "派出")  # the subject sends people rather than going itself
STATIONED = ("驻村", "驻点", "驻社区", "下沉")  # titles that say the holder was sent to the place
SENDS = r"(组织|派出|选派|动员|抽调|发动)"  # a body sending a class of people or a team


COUNT = r"[0-9一二三四五六七八九十两百千万余多]+名"


def _body_of_counted_people(s: SentenceView, c0: int) -> list[Mention]:
    """区教育局的30名干部下沉到…; 某大学党委派出20名党员教师进驻…: the body whose counted
    people (data/sent_people.txt) go is the one that sinks."""
    people = "|".join(sorted(lexicon().sent_people, key=len, reverse=True))
    if not people:
        return []
    own = re.compile(rf"的{COUNT}(?:{people})(?:分批|主动|全部|陆续)?")
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
            if subject is not None and subject.generic and re.search(r"(带领|率领|带着)$", s.text[: subject.start]):
                leader = next((m for m in reversed(s.mentions) if m.label == "Person" and m.end <= subject.start
                               and re.fullmatch(r"(带领|率领|带着)", s.text[m.end : subject.start])), None)
                subjects = [leader] if leader is not None else subjects
            # 团区委组织青年突击队进驻…: the body that sends a class of team goes with it.
            if subject is not None and subject.generic and re.search(SENDS + "$", s.text[: subject.start]):
                sender = next((m for m in reversed(s.mentions) if m.label in ("Unit", "PartyOrg", "Person")
                               and not m.generic and re.fullmatch(SENDS, s.text[m.end : subject.start])), None)
                subjects = [sender] if sender is not None else subjects
            # 李某任总指挥,当天即带领…干部进驻…: a clause opening with 带领 is the leader's.
            clause_start = s.clause_of(c0)[0]
            if re.match(r"[^,，;；。]{0,4}?(带领|率领|带着)", s.text[clause_start:c0]):
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
        if target is None and cue in ("报到", "驻点"):
            # 到桃源社区报到, 在社区驻点: the place stands between 到/在 and the verb.
            target = next((m for m in s.mentions if m.end == c0 and m.label in PLACE_LABELS
                           and s.text[m.start - 1 : m.start] in ("到", "在") and m not in subjects), None)
        if target is not None:
            targets = s.coordinated(target, leftwards=False) if target in s.mentions else [target]
        elif cue in ("派驻", "选派") and s.text[subjects[0].start - 1 : subjects[0].start] == "由":
            # 对于邮轮港和涓浦路两个较大的隔离点,由区委组织部派驻…: the places come first.
            targets = [m for m in s.mentions if m.end <= subjects[0].start and m.label in ("Site", "Community")
                       and not m.generic]
            rule = "places_then_subject_cue"
        elif ctx.topic_site is not None and says_nothing_more and cue in ("加入", "驻舱", "进驻", "入驻"):
            targets, rule = [ctx.topic_site], "subject_cue_topic_site"
        elif cue in ("派驻", "进驻", "入驻") and not any(c1 <= m.start < clause_end and m.label in PLACE_LABELS
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
        if f.source.label != "Person" or f.target.label != "Community" or f.properties["verb"] not in ("驻村", "包村"):
            continue
        m = re.match(r"(担任|兼任|任)([\u4e00-\u9fff]{2,8})(?=$|[,，;；。])", s.text[f.target.end :])
        if m and lexicon().title_ending_at(m.group(2), len(m.group(2))) == m.group(2):
            yield Found("HOLDS_POST", f.source, f.target, "stationed_then_serves", {"title": m.group(2),
                                                                                  "verb": m.group(1)})


def _pairs(s: SentenceView, subjects: list[Mention], targets: list[Mention], cue: int) -> list[tuple[Mention, Mention]]:
    """Every subject with every target; but 区财政局、区审计局分别包保龙翔街道和丰宁街道 pairs
    them in order (分别 = respectively), and names no pairs when the two lists differ in length."""
    subjects = sorted(subjects, key=lambda m: m.start)
    # 区民政局、区城管局等部门分别包联黄桶社区: one target is each subject's.
    if len(subjects) > 1 and "分别" in s.text[subjects[-1].end : cue] and len(targets) != 1:
        return list(zip(subjects, targets, strict=True)) if len(subjects) == len(targets) else []
    return [(a, b) for b in targets for a in subjects]


def pairs_with(s: SentenceView, ctx: Context) -> Iterator[Found]:
    for c0, c1, cue in s.cues("PAIRS_WITH"):
        subject = s.subject_before(c0, ("Unit", "PartyOrg", "Person", "Team"), specific=False)
        target = s.object_after(c1, PLACE_LABELS, s.clause_of(c1)[1])
        if subject is None or target is None:
            continue
        for subj, t in _pairs(s, s.coordinated(subject), s.coordinated(target, leftwards=False), c0):
            yield Found("PAIRS_WITH", subj, t, "subject_cue_place", {"verb": cue})


def _community_side(m: Mention) -> bool:
    return m.label == "Community" or m.label == "PartyOrg" and any(p.label == "Community" for p in m.parts)


def twinned_with(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """A与B结对共建 (either way round: the body twins with the community); A结对B."""
    for c0, c1, cue in s.cues("TWINNED_WITH"):
        last = next((m for m in reversed(s.mentions) if m.end <= c0 and s.text[m.end : c0] in ("", "开展", "进行")),
                    None)
        # A与B、C结对共建: B and C are each twinned with A.
        group = [last] if last is not None else []
        while group and (prev := next((m for m in s.mentions if m.end == group[-1].start - 1 and m.label == last.label),
                                      None)) is not None and s.text[prev.end] == "、":
            group.append(prev)  # 与 itself joins the two sides, so only 、 lists one side
        first = min(group, key=lambda m: m.start) if group else None
        if first is not None and s.text[first.start - 1 : first.start] == "与":
            a0 = next((m for m in s.mentions if m.end == first.start - 1), None)
            for b in group:
                a = a0
                # The body twins with the community (or the community's Party organisation).
                if a is not None and _community_side(a) and not _community_side(b) and b.label in ("Unit", "PartyOrg"):
                    a, b = b, a
                if a is not None and a.label in ("Unit", "PartyOrg") and b.label in ("Community", "PartyOrg"):
                    yield Found("TWINNED_WITH", a, b, "a_with_b_cue", {"verb": cue})
            continue
        a = s.subject_before(c0, ("Unit", "PartyOrg"), specific=False)
        b = s.object_after(c1, ("Community", "PartyOrg", "Region"), s.clause_of(c1)[1])
        # 结对共建文新街道: a whole subdistrict or town is twinned like a community; a
        # district or city is too large to be one end of a pair.
        if b is not None and b.label == "Region" and b.properties.get("level") not in ("town", "subdistrict"):
            b = None
        if a and b:
            # 区市场监管局、区教育局、团区委等单位结对共建…: every body of the list.
            for subj in s.coordinated(a):
                yield Found("TWINNED_WITH", subj, b, "subject_cue_object", {"verb": cue})


# ---------------------------------------------------------------- ESTABLISHED, ADOPTS, ISSUED, TAKES_OVER


def _actor(s: SentenceView, ctx: Context, pos: int, labels: tuple[str, ...]) -> tuple[Mention | None, str]:
    subject = s.subject_before(pos, labels, specific=False)
    if subject is not None and subject.generic:
        subject = None  # a class of bodies names no one: the report's actor is meant
    clause_start = s.clause_of(pos)[0]
    # 全区范围内构建起…; …吴某介绍,全区按照…: the whole region is this clause's own subject,
    # whatever the clause before it names.
    own_clause = subject is None or subject.start < clause_start
    if own_clause and ctx.main_region is not None and "Region" in labels and \
            re.search(r"全(区|市|县|镇)", s.text[clause_start:pos]):
        return ctx.main_region, "whole_region_cue_object"
    # …部长赵某介绍,区里第一时间印发《…》,实行“…”制度: 区里 is the report's region, for its
    # own clause and for a clause right after it that names no subject.
    lead_start = clause_start
    if own_clause and clause_start > 0 and s.text[clause_start:pos].strip() in ("", "并", "同时", "还"):
        lead_start = s.clause_of(clause_start - 1)[0]
    # 市里 in a district's report is the city, not the district: the level must be the region's.
    if own_clause and ctx.main_region is not None and "Region" in labels and \
            re.match(rf"{re.escape(ctx.main_region.name[-1:])}[里上]", s.text[lead_start:pos]):
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


OWN_PLACE = ("村里", "社区里", "村上")  # 村里组建了…: the village the team is named after


def _community_forming_team(s: SentenceView, cue: int, team: Mention) -> Mention | None:
    """The village or community that opens the clause of `cue` (or is written 村里 there,
    the one the team's name holds) as the subject forming `team`."""
    start = s.clause_of(cue)[0]
    place = s.subject_before(cue, ("Community",))
    if place is not None and place.start == start and re.fullmatch(r"(也|还|随即|迅速|主动)?", s.text[place.end : cue]):
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
        frame = re.match(r"了?(?:以[^,，。;；]*?为|由[^,，。;；]*?(?:担任|兼任|任|组成))[^,，。;；]*?的", s.text[c1:])
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
                           and not m.generic and re.fullmatch(r"(随即|随后|同步|正式|当即|也)?", s.text[m.end : c0])
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
                         and not m.generic and m.properties.get("kind") in ("社区", "村")), None)
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
                        and s.text[m.end : subject.start] in ("会同", "联合", "协同", "携手")), None) \
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
                        for x in s.mentions) or re.search(r"全[区市县镇]", lead)
    if clause_start == 0 or names_someone or not (lead in ("", "还", "并", "同时", "全面", "率先")
                                                  or re.fullmatch(r"在[^,，;；。]+", lead)
                                                  or re.fullmatch(r"(每天|坚持|积极|主动)?" + SENDS + r"[^,，;；。]+", lead)):
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
        if re.search(r"为(抓手|载体|依托|牵引)", rest) or re.match(r"[“\"][^”\"]{1,20}[”\"](?:组织体系|体系|机制|模式)?统筹", rest):
            cues.append((m.start(), m.end(), "以…为抓手" if "为" in rest else "以…统筹"))
    # 全区按照“两包一”要求: following a named requirement or model is adopting it.
    for m in re.finditer(r"(按照|依照|遵循)(?=[“\"][^”\"]{2,20}[”\"](要求|模式|标准|原则|思路))", s.text):
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
        summed = re.search(r"(?:两|三|四|[2-9])(?:个|家)?(?:单位|部门)", s.text[:c0])
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


TAKE_OVER_ADVERBS = r"(?:负责|全面|统一|正式|整体|全权|具体)*"


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
                re.search(r"(交由|交给|由)$", s.text[: agent.start]):
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


# ---------------------------------------------------------------- SUBORDINATE_TO

CHAIN_DASH = re.compile(r"^[—\-–―]{1,2}$")
LEVELS = re.compile(r"的?[0-9一二三四五六七八九十两]+级(?:基层)?(?:组织架构|组织体系|架构|体系)")


def org_chain(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """街道党工委—社区党委—网格党总支—…: each link is subordinate to the one before."""
    orgs = [m for m in s.mentions if m.label in ("PartyOrg", "Unit", "Team")]
    for a, b in zip(orgs, orgs[1:], strict=False):
        if CHAIN_DASH.match(s.text[a.end : b.start]):
            yield Found("SUBORDINATE_TO", b, a, "org_chain", {})


def level_list(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """10个镇(街)党(工)委、258个村(社区)党组织、1125个综合网格党支部…的五级组织架构."""
    for m in LEVELS.finditer(s.text):
        clause_start = s.clause_of(m.start())[0]
        items = [x for x in s.mentions if clause_start <= x.start and x.end <= m.start()
                 and x.label in ("PartyOrg", "Unit", "Team")]
        for a, b in zip(items, items[1:], strict=False):
            if re.fullmatch(r"[、,，]?[0-9]+个?", s.text[a.end : b.start]) or s.text[a.end : b.start] == "、":
                yield Found("SUBORDINATE_TO", b, a, "level_list", {})


SUB_LABELS = ("PartyOrg", "Unit", "Team")
# 下设4个楼栋党小组和1支党员突击队: a counted item joined to the one before it.
COUNTED_JOIN = re.compile(r"(?:和|及|以及|、)[0-9一二三四五六七八九十两]+[个支]")


def _sets_up_parent(s: SentenceView, pos: int) -> Mention | None:
    """The body that 下设 at `pos` belongs to. In `X临时党支部,由街道党工委副书记孙涛任书记,下设…`
    the body in the post title is no subject: the body before the 由…任 clause is."""
    parent = s.subject_before(pos, SUB_LABELS, specific=False)
    if parent is None or not lexicon().title_starting_at(s.text, parent.end):
        return parent
    c0 = s.clause_of(parent.start)[0]
    if c0 > 0 and s.text.startswith("由", c0) and "任" in s.text[c0:pos]:
        before = s.subject_before(c0 - 1, SUB_LABELS, specific=False)
        if before is not None and not lexicon().title_starting_at(s.text, before.end):
            return before
    return parent


def _counted_items(s: SentenceView, child: Mention) -> list[Mention]:
    """`child` and the counted items joined after it (4个楼栋党小组和1支党员突击队)."""
    out = [child]
    for m in s.mentions:
        if m.start >= out[-1].end and m.label in ("PartyOrg", "Team") and \
                COUNTED_JOIN.fullmatch(s.text[out[-1].end : m.start]):
            out.append(m)
    return out


def sets_up_under(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """A下设11个工作专班; A隶属于B; 将四支队伍共同组成“小区防疫管理临时党支部”."""
    for m in re.finditer(r"下设", s.text):
        parent = _sets_up_parent(s, m.start())
        child = s.object_after(m.end(), ("PartyOrg", "Unit", "Team"), s.clause_of(m.end())[1])
        # 韦某担任临时党支部书记,下设…党小组: a body named in a post title is no subject. And a
        # list of named groups (下设医疗救治、后勤保障3个临时党支部) is put under a body only when
        # the body opens its clause (is the subject), not when it was just set up as an object.
        if parent and child and not lexicon().title_starting_at(s.text, parent.end) and \
                (child.rule != "coordinated_list" or parent.start == s.clause_of(parent.start)[0]):
            # 下设医疗救治、后勤保障2个党小组: every group listed.
            group = s.coordinated(child, leftwards=False) if child in s.mentions else [child]
            if child in s.mentions and len(group) == 1:
                group = _counted_items(s, child)
            for c in group:
                yield Found("SUBORDINATE_TO", c, parent, "sets_up_under", {"verb": "下设"})
    for m in re.finditer(r"隶属于?|归属于?", s.text):  # A隶属于B
        child = s.subject_before(m.start(), ("PartyOrg", "Unit", "Team"), specific=False)
        parent = s.object_after(m.end(), ("PartyOrg", "Unit"), s.clause_of(m.end())[1])
        if child and parent:
            yield Found("SUBORDINATE_TO", child, parent, "belongs_to", {"verb": m.group(0)})
    for m in re.finditer(r"组成", s.text):
        if "将" not in s.text[s.clause_of(m.start())[0] : m.start()]:
            continue
        whole = s.object_after(m.end(), ("PartyOrg", "Unit", "Team"), s.clause_of(m.end())[1])
        if whole is None:
            continue
        for team in (x for x in s.mentions if x.end <= m.start() and x.label == "Team"):
            yield Found("SUBORDINATE_TO", team, whole, "formed_into", {"verb": "组成"})


# ---------------------------------------------------------------- names inside names


def inner_names(mention: Mention) -> Iterator[Found]:
    """庙行镇智选假日酒店隔离点临时党支部党员先锋队 -> team under the branch, branch at the site,
    site in the town. Only the immediately inner name counts."""
    if not mention.parts:
        return
    inner = mention.parts[-1]
    if inner.generic or mention.generic and mention.label != "Region":
        return
    # …疾控中心消杀组: a working group named after a body is one of its groups.
    if mention.label == "Team" and (inner.label in ("PartyOrg", "Team") or inner.properties.get("kind") == "指挥部"
                                    or inner.label == "Unit" and mention.properties.get("kind") == "工作组"
                                    and mention.name.endswith("组")):
        # 临时党支部党员先锋队, 疫情防控指挥部社区防控组: a team named after a body is part of it.
        yield Found("SUBORDINATE_TO", mention, inner, "team_named_after_org", {})
    elif mention.label == "PartyOrg" and inner.label == "Unit" and inner.end == mention.end - len(
            mention.properties.get("kind", "")) and not mention.properties.get("temporary") and \
            mention.properties.get("kind") in AGENCY_BRANCHES and inner.properties.get("kind") == "政府部门":
        # 区司法局党支部: a government agency's own branch is one of its bodies. (Not a 党组,
        # which leads the agency; and an enterprise's or hospital's 党委 the reports treat as
        # an actor of its own, 云南白药集团党委与…结对共建, not as a part of the firm.)
        yield Found("SUBORDINATE_TO", mention, inner, "party_org_of_unit", {})
    elif inner.label in PLACE_LABELS and not (mention.label == "Team" and inner.label == "Region"):
        # 重庆援沪医疗队 comes from 重庆, it is not in it; a team is placed only by a site or community.
        yield Found("LOCATED_IN", mention, inner, "qualified_name", {})
        if mention.label == "Team" and "下沉" in mention.name:  # 仕林苑小区干部下沉工作组
            yield Found("SINKS_TO", mention, inner, "sinking_team_named_after_place", {"verb": "下沉"})
    yield from inner_names(inner)


LOCAL_LEVELS = ("town", "subdistrict")
AGENCY_BRANCHES = ("党支部", "党总支")  # the Party bodies an agency's staff form inside it


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


def teams_of_opening_place(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """在荣军街道,“荣军红”志愿服务队…; 在荣军街道白沙社区,一支…党员突击队…: a team named in the
    clause after an opening 在 + subdistrict or community is in that place (the last one named)."""
    if not s.text.startswith("在") or not s.mentions or s.mentions[0].start != 1:
        return
    opening_end = s.clause_of(1)[1]
    opening = [m for m in s.mentions if m.end <= opening_end]
    place = opening[-1] if opening else None
    if place is None or place.generic or opening_end >= len(s.text) or \
            not (place.label == "Community" and place.properties.get("kind") != "小区" or
                 place.label == "Region" and place.properties.get("level") in LOCAL_LEVELS) or \
            strip_quotes(s.text[1:opening_end]) != s.text[opening[0].start : place.end]:
        return
    next_end = s.clause_of(opening_end + 1)[1]
    for m in s.mentions:
        if opening_end < m.start < next_end and m.label == "Team" and not m.generic and \
                not any(p.label in ("Region", "Community", "Unit", "PartyOrg") for p in m.parts):
            yield Found("LOCATED_IN", m, place, "team_of_opening_place", {})


def sent_to_opening_place(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """在荣军街道白沙社区,区民政局派出的15名党员干部…值守卡口: the body whose people were sent
    to the place the sentence opens with (a community or a site) sinks to it."""
    if not s.text.startswith("在") or not s.mentions or s.mentions[0].start != 1:
        return
    opening_end = s.clause_of(1)[1]
    opening = [m for m in s.mentions if m.end <= opening_end]
    place = opening[-1] if opening else None
    if place is None or place.generic or place.label not in ("Community", "Site") or opening_end >= len(s.text) or \
            strip_quotes(s.text[1:opening_end]) != s.text[opening[0].start : place.end]:
        return
    people = "|".join(sorted(lexicon().sent_people, key=len, reverse=True))
    body = next((m for m in s.mentions if m.start == opening_end + 1 and m.label in ("Unit", "PartyOrg")
                 and not m.generic), None)
    if body is None or not people:
        return
    verb = re.match(rf"(派出|选派|下派|派驻|抽调)的{COUNT}(?:{people})", s.text[body.end :])
    if verb:
        yield Found("SINKS_TO", body, place, "sent_to_opening_place", {"verb": verb.group(1)})


def estate_where_community_acts(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """白沙社区在翠竹园小区成立了…临时党支部: an estate where a named community does something
    is in that community."""
    for a, b in zip(s.mentions, s.mentions[1:], strict=False):
        if a.label == "Community" and not a.generic and a.properties.get("kind") in ("社区", "村") and \
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
        if a.label != "Community" or b.label != "Community" or s.text[a.end : b.start] not in ("、", "和", "及") or \
                b.generic or any(p.label in ("Region", "Community") for p in b.parts):
            continue
        region = next((p for p in a.parts if p.label == "Region" and p.start == a.start
                       and p.properties.get("level") in LOCAL_LEVELS), None)
        if region is None and a.rule == "listed_after_region":
            region = a.body
        if region is not None:
            b.rule, b.body = "listed_after_region", region  # the next one in the list too
            yield Found("LOCATED_IN", b, region, "listed_after_region", {})


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
    pairs_with,
    twinned_with,
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

