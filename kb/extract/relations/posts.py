"""HOLDS_POST from a post title written around a name: 区卫健局副局长李某, 局长李某 after
the 局 was named, 队长 of the team just named, 张三,某社区党委书记, 李某是某局的一名科长,
某大学选派的干部王某, 区人社局干部王磊.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kb.extract.entities import Mention, strip_quotes
from kb.extract.lexicon import lexicon
from kb.extract.relations.base import ORG_LABELS, STATIONED, Context, Found, SentenceView
from kb.extract.relations.titles import title_of
from kb.wordlists import alternation, read_chars, read_words

SELF_HEADS = read_words("kb.extract", "self_heads.txt")  # 局长 of a …局, 院长 of a …院, 委员 of a …委
# 县人民医院组建由副院长李文斌…: a one-character function word between the body and the post.
POST_BREAKERS = read_chars("kb.extract", "post_breaking_prepositions.txt")


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
    if any(i not in in_titles and (b := lex.boundary_starting_at(title, i)) and (len(b) >= 2 or b in POST_BREAKERS)
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
    held: dict[int, Mention] = {}  # id of a person -> the body of the post read for them
    previous: Mention | None = None
    for p in (m for m in s.mentions if m.label == "Person"):
        right = p.start
        if _body_before_title(s, right) is None and previous is not None and id(previous) in held:
            # 某局科长李某、副科长王某: a listed person's title is at the body of the list's first.
            gap = s.text[previous.end:p.start]
            if gap[:1] in ("、", "，", ",") and (title := title_of(gap[1:])):
                held[id(p)] = held[id(previous)]
                yield Found("HOLDS_POST", p, held[id(p)], "listed_title_name", {"title": title})
        previous = p
        while (found := _body_before_title(s, right)) is not None:
            org, title = found
            held.setdefault(id(p), org)
            yield from _split_posts(p, org, title)
            if org.label == "Community" and title.startswith(STATIONED):
                # 团山村驻村第一书记李某: a post held by being stationed in the place.
                yield Found("SINKS_TO", p, org, "stationed_post", {"verb": title[:2]})
            # 、 before the body: an earlier body and its post belong to the same person.
            if s.text[org.start - 1 : org.start] != "、":
                break
            right = org.start - 1


def _body_fitting(s: SentenceView, title: str, before: int) -> Mention | None:
    """成立莲花镇疫情防控工作专班,由…邝志远担任组长: the named body set up earlier in the
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


TEAM_TITLES = read_words("kb.extract", "team_titles.txt")  # the posts of a team (…志愿服务队, …突击队)
# 突击队队长、退役军人孙海涛: a team's post, 、, a short description of the person.
TEAM_FRAME = re.compile(rf"({alternation(read_words('kb.extract', 'team_frame_titles.txt'))})、[\u4e00-\u9fff]{{0,12}}")


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
        framed = TEAM_FRAME.fullmatch(s.text[written.end : p.start])
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


# 李爱华是松江区委组织部的一名科长: 的, an indefinite article, then the post.
INDEFINITE_TITLE = re.compile(
    rf"的(?:{alternation(read_words('kb.extract', 'indefinite_person.txt'))})?([\u4e00-\u9fff]{{1,8}}?)(?=[,，。;；])")


def name_is_org_title(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """李爱华是松江区委组织部的一名科长."""
    for p in (m for m in s.mentions if m.label == "Person"):
        if s.text[p.end : p.end + 1] != "是":
            continue
        org = next((m for m in s.mentions if m.start == p.end + 1 and m.label in ORG_LABELS), None)
        if org is None or org.generic:
            continue
        m = INDEFINITE_TITLE.match(s.text[org.end :])
        if m and lexicon().title_ending_at(m.group(1), len(m.group(1))):
            yield Found("HOLDS_POST", p, org, "name_is_org_title", {"title": m.group(1)})
        elif re.match(SENT_BY + r"[^,，。;；的]{0,6}的", s.text[org.end :]):
            # 张某是省农业农村厅选派的干部: the body that sent a person is where the person works.
            yield Found("HOLDS_POST", p, org, "name_is_sent_by_org", {"title": ""})


SENT_BY = rf"(?:{alternation(read_words('kb.extract', 'sent_by_verbs.txt'))})"
SENT_STAFF = alternation(read_words("kb.extract", "sent_staff_nouns.txt"))


def sent_by_org_name(s: SentenceView, ctx: Context) -> Iterator[Found]:
    """省农业大学选派的干部王某: an affiliation stated by who sent the person."""
    for p in (m for m in s.mentions if m.label == "Person"):
        for org in (m for m in s.mentions if m.end <= p.start and m.label in ("Unit", "PartyOrg") and not m.generic):
            if re.fullmatch(SENT_BY + rf"的(?:[\u4e00-\u9fff]{{0,4}}(?:{SENT_STAFF}))?", s.text[org.end : p.start]):
                yield Found("HOLDS_POST", p, org, "sent_by_org_name", {"title": ""})


# 区人社局干部王磊: words for staff that state an affiliation without naming a post.
STAFF_WORDS = read_words("kb.extract", "staff_words.txt")


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
