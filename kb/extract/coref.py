"""Short forms that refer back, inside one article.

- A level-prefixed body (区委组织部, 区文旅局, 镇党委, 市行政审批服务管理局) belongs to the
  region of that level the article is about: 宝山区委组织部, 佘山镇党委.
- A class mention (党员先锋队) after a named one of the same kind in the same paragraph
  (庙行镇…临时党支部党员先锋队) is that one.
"""

from __future__ import annotations

import re

from kb.extract.entities import Mention
from kb.extract.lexicon import lexicon
from kb.wordlists import alternation, read_chars, read_rows, read_words

LEVEL_CHARS = {r[0]: tuple(r[1:]) for r in read_rows("kb.extract", "level_chars.tsv")}  # 区 -> (district,)
# 市场监管局, 区域, 区级机关, 市直: the level character starting an ordinary word.
NOT_A_LEVEL_PREFIX = set(read_chars("kb.extract", "not_level_prefix_chars.txt"))
LEVEL_AGENCY_WORDS = read_words("kb.extract", "level_agency_words.txt")  # …but these open an agency's name


class RegionContext:
    """The regions an article has named so far, to read 区/市/镇 against."""

    def __init__(self, main: Mention | None):
        self.main = main
        self.recent: list[Mention] = []

    def see(self, mentions: list[Mention]) -> None:
        self.recent.extend(m for m in mentions if m.label == "Region")

    def of_level(self, char: str) -> Mention | None:
        levels = LEVEL_CHARS[char]
        for r in reversed(self.recent):
            if r.properties.get("level") in levels and r.name.endswith(char):
                return r
        if self.main is not None and self.main.properties.get("level") in levels and self.main.name.endswith(char):
            return self.main
        return None


def expand_level_prefix(m: Mention, regions: RegionContext) -> None:
    """区委组织部 -> 宝山区委组织部 when the article is about 宝山区."""
    # 县方舱医院, 区集中隔离点: a site run by the county is named after it the same way.
    if m.label not in ("Unit", "PartyOrg", "Site") or m.properties.get("kind") == "共青团":
        return
    # 区委 alone (区委常委) is the district's Party committee too; other two-character names
    # (区级, 市场) are not level-prefixed bodies.
    committee = len(m.name) == 2 and m.name[1] == "委" and m.label == "PartyOrg"
    if any(p.label == "Region" for p in m.parts) or (len(m.name) < 3 and not committee):
        return
    char = "街道" if m.name.startswith("街道") else m.name[0]
    # 市民服务中心 is the citizens', 区民政局 the district's civil affairs bureau.
    if char not in LEVEL_CHARS or m.name[len(char)] in NOT_A_LEVEL_PREFIX and \
            not m.name.startswith(LEVEL_AGENCY_WORDS, len(char)):
        return
    rest = m.name[len(char) :]
    region = regions.of_level(char)
    if region is None:
        # 省人大常委会 in a report that names no province of its own: still one body, named as
        # the report names it (ANNOTATION.md's names are the report's own forms).
        if m.label in ("Unit", "PartyOrg") and m.generic and len(rest) >= 3:
            m.generic, m.rule = False, "level_prefix_named"
        return
    m.aliases.add(m.name)
    m.name = region.name + rest
    m.generic = False
    m.rule = "level_prefix_coref"


def inherit_committee(text: str, mentions: list[Mention]) -> None:
    """区委常委、组织部部长: a bare committee department after a post in a committee is that
    committee's department (西湖区委组织部), as if 区委 were written before it again."""
    lex = lexicon()
    ordered = sorted(mentions, key=lambda m: m.start)
    for a, b in zip(ordered, ordered[1:], strict=False):
        if b.label != "Unit" or b.properties.get("kind") != "党委部门" or not b.generic:
            continue
        if a.label != "PartyOrg" or a.generic or not a.name.endswith("委"):
            continue
        between = text[a.end : b.start]
        if between.endswith("、") and lex.title_ending_at(between, len(between) - 1):
            b.aliases.add(b.name)
            b.name, b.generic, b.rule = a.name + b.name, False, "committee_department_coref"


def resolve_tail(m: Mention, earlier: list[Mention]) -> None:
    """财政局 after 武侯区财政局: a name that repeats an earlier one without its region."""
    if m.generic or m.label not in ("Unit", "PartyOrg", "Team", "Site", "Community") or len(m.name) < 3:
        return
    for e in reversed(earlier):
        if e.label == m.label and e.name != m.name and e.name.endswith(m.name) and \
                any(p.label == "Region" and p.end - e.start == len(e.name) - len(m.name) for p in e.parts) or \
                e.label == m.label and e.rule == "level_prefix_coref" and e.name.endswith(m.name) and e.name != m.name:
            m.aliases.add(m.name)
            m.name, m.rule = e.name, "tail_coref"
            return


COMMUNITY_KINDS = read_words("kb.extract", "community_kinds.txt")  # longest first
COMMITTEES = read_words("kb.extract", "community_committees.txt")  # 居委会, 村委会


def attach_to_community(m: Mention, earlier_in_paragraph: list[Mention]) -> None:
    """百家湖社区党委书记、居委会主任: the 居委会 is that community's; 在翠湖社区,社区党委书记
    杨雪: the 社区党委 is 翠湖社区党委 (a body named by the kind of the community just named)."""
    if not m.generic or m.label not in ("Unit", "PartyOrg"):
        return
    community = next((e for e in reversed(earlier_in_paragraph) if e.label == "Community" and not e.generic), None)
    if community is None:
        return
    if m.label == "Unit" and m.name in COMMITTEES:
        m.aliases.add(m.name)
        m.name, m.generic, m.rule = community.name + m.name, False, "community_body_coref"
        return
    kind = next((k for k in COMMUNITY_KINDS if m.name.startswith(k)), None)
    rest = m.name[len(kind) :] if kind else ""
    if kind and community.name.endswith(kind) and rest and lexicon().heads.get(rest) is not None and \
            lexicon().heads[rest].label == m.label:
        m.aliases.add(m.name)
        m.name, m.generic, m.rule = community.name + rest, False, "community_body_coref"


SET_UP_AT_PLACE = (rf"(?:{alternation(read_words('kb.extract', 'setup_adverbs.txt'))})?"
                   rf"(?:{alternation(read_words('kb.extract', 'setup_verbs.txt'))})了?")
PLACE_OPENERS = read_chars("kb.extract", "place_openers.txt")  # ,绿地社区…; 在江南大道卡口…


def attach_to_opening_place(text: str, m: Mention, in_sentence: list[Mention]) -> None:
    """在全民健身中心方舱,临时党支部书记潘某…: a bare temporary branch in a sentence that opens
    with 在 + a named site or community is the branch of that place (branches are built at
    places, so the place names it)."""
    if not m.generic or m.label != "PartyOrg" or not m.properties.get("temporary"):
        return
    place = next((e for e in in_sentence if e.label in ("Site", "Community") and not e.generic
                  and e.end <= m.start and text[: e.start] == "在" and text[e.end : e.end + 1] in ",，"), None)
    # 绿地社区核酸采样点设立了临时党支部, 昌岗街道在江南大道卡口设立临时党支部: the place
    # opening the clause (or following 在) and the verb of setting up.
    place = place or next((e for e in reversed(in_sentence) if e.label in ("Site", "Community") and not e.generic
                           and re.fullmatch(SET_UP_AT_PLACE, text[e.end : m.start])
                           and (e.start == 0 or text[e.start - 1] in PLACE_OPENERS)), None)
    if place is None:
        return
    m.aliases.add(m.name)
    m.name, m.generic, m.rule = place.name + m.name, False, "opening_place_branch"
    m.parts = [*m.parts, place]  # so that the branch is placed where it is named after


# 局党组, 院党委, 委党组: the body's own head character standing for the body named just before.
SELF_PREFIXES = read_words("kb.extract", "self_heads.txt")


def attach_to_own_body(m: Mention, earlier_in_paragraph: list[Mention]) -> None:
    """区财政局包保…,局党组书记林峰: the 局党组 is that bureau's (鼓楼区财政局党组)."""
    if m.label not in ("PartyOrg", "Unit") or len(m.name) < 3 or m.name[0] not in SELF_PREFIXES:
        return
    body = next((e for e in reversed(earlier_in_paragraph) if e.label == "Unit" and not e.generic
                 and e.name.endswith(m.name[0])), None)
    if body is not None:
        m.aliases.add(m.name)
        m.name, m.generic, m.rule = body.name + m.name[1:], False, "own_body_coref"
        m.body = body


def resolve_class_mention(m: Mention, earlier_in_paragraph: list[Mention],
                          in_sentence: list[Mention] | None = None) -> None:
    """党员先锋队 after 庙行镇…党员先锋队 in the same paragraph is that team."""
    # A bare 社区 or 小区 is too common to point back; 临时党支部, 党员先锋队 are not. A bare
    # site head (卡口, 方舱) points back only within its sentence: 南阳路卡口由…值守,赵某担任卡口点长.
    short_site = m.label == "Site" and len(m.name) == 2
    if not m.generic or m.label not in ("PartyOrg", "Team", "Site") or len(m.name) < 3 and not short_site:
        return
    for e in reversed((in_sentence or []) if short_site else earlier_in_paragraph):
        if e.label == m.label and not e.generic and e.name.endswith(m.name) and e.name != m.name:
            m.aliases.add(m.name)
            m.name = e.name
            m.generic = False
            m.rule = "class_mention_coref"
            return


def merge_appositions(text: str, mentions: list[Mention]) -> None:
    """申港路集中隔离治疗点(松江“二号方舱”): the name in brackets is another name of the same thing."""
    for a in mentions:
        if text[a.end : a.end + 1] not in ("(", "（"):
            continue
        close = min((i for i in (text.find(")", a.end), text.find("）", a.end)) if i > 0), default=-1)
        b = next((m for m in mentions if m is not a and m.label == a.label and a.end < m.start < close
                  and text[m.end : close].strip("”’\"") == ""), None)
        if b is not None and close - a.end <= 16:
            b.aliases.add(b.name)
            b.name, b.generic, b.rule, b.properties = a.name, a.generic, "apposition", dict(a.properties)


def rebuild_from_first_part(m: Mention) -> None:
    """区税务局党委 after 区税务局 became 西湖区税务局: 西湖区税务局党委; likewise
    隔离点临时党支部 after 隔离点 was read as 留下镇金鹰酒店隔离点."""
    first = next((p for p in m.parts if p.start == m.start), None)
    if first is None or first.rule not in ("level_prefix_coref", "class_mention_coref"):
        return
    old = next((a for a in first.aliases if m.name.startswith(a) and a != first.name), None)
    if old is None or m.name.startswith(first.name):
        return
    m.aliases.add(m.name)
    m.name = first.name + m.name[len(old) :]
    m.generic = first.generic
    m.rule = first.rule


def distribute_list_qualifier(text: str, mentions: list[Mention]) -> None:
    """茂南区审计局、司法局、市场监管局: the region written once qualifies the whole list."""
    units = sorted((m for m in mentions if m.label == "Unit"), key=lambda m: m.start)
    for a, b in zip(units, units[1:], strict=False):
        if text[a.end : b.start] != "、" or b.generic or any(p.label == "Region" for p in b.parts):
            continue
        region = next((p for p in a.parts if p.label == "Region" and p.start == a.start), None)
        if region is None and a.rule == "list_qualifier":
            region = a.parts[0] if a.parts else None
        if region is None or b.name.startswith(region.name):
            continue
        b.aliases.add(b.name)
        b.name = region.name + b.name
        b.parts = [region, *b.parts]
        b.rule = "list_qualifier"


# 进驻社区, 到村里: a verb of going right before a bare kind word.
# 下沉长丰园社区,担任社区防控专员: a post in 社区 is in the one community the sentence names.
GOING_BEFORE = read_words("kb.extract", "going_before_kind_words.txt")


def resolve_bare_community(text: str, m: Mention, earlier_in_paragraph: list[Mention],
                            in_sentence: list[Mention]) -> None:
    """区财政局包保该社区: 该 + a kind word is the community of that kind just named; and
    in a paragraph that names one community of that kind, 进驻社区/到社区报到 goes there."""
    if m.label != "Community" or not m.generic or m.name not in COMMUNITY_KINDS:
        return
    def fitting(ms: list[Mention]) -> list[Mention]:
        return [e for e in ms if e.label == "Community" and not e.generic and e.name.endswith(m.name)]

    # The sentence's own community first: the paragraph may have named others in passing.
    same = fitting(in_sentence) or fitting(earlier_in_paragraph)
    if not same:
        return
    demonstrative = text[m.start - 1 : m.start] == "该"
    if not demonstrative and not (text[: m.start].endswith(GOING_BEFORE) and len({e.name for e in same}) == 1):
        return
    target = same[-1]
    m.aliases.add(m.name)
    m.name, m.generic, m.rule = target.name, False, "bare_community_coref"
    m.properties = dict(target.properties)
