"""Short forms that refer back, inside one article.

- A level-prefixed body (区委组织部, 区文旅局, 镇党委, 市行政审批服务管理局) belongs to the
  region of that level the article is about: 宝山区委组织部, 佘山镇党委.
- A class mention (党员先锋队) after a named one of the same kind in the same paragraph
  (庙行镇…临时党支部党员先锋队) is that one.
"""

from __future__ import annotations

from kb.extract.entities import Mention

LEVEL_CHARS = {"区": ("district",), "市": ("city", "province"), "县": ("county",), "镇": ("town",), "乡": ("town",)}
# 市场监管局, 区域, 区级机关, 市直: the level character starting an ordinary word.
NOT_A_LEVEL_PREFIX = set("场民府域级直属内外")


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
    if m.label not in ("Unit", "PartyOrg") or m.properties.get("kind") == "共青团":
        return
    if any(p.label == "Region" for p in m.parts) or len(m.name) < 3:
        return
    char = m.name[0]
    if char not in LEVEL_CHARS or m.name[1] in NOT_A_LEVEL_PREFIX:
        return
    rest = m.name[1:]
    if m.label == "PartyOrg" and not rest.startswith(("委", "党委", "党工委")):
        return
    region = regions.of_level(char)
    if region is None:
        return
    m.aliases.add(m.name)
    m.name = region.name + rest
    m.generic = False
    m.rule = "level_prefix_coref"


def resolve_class_mention(m: Mention, earlier_in_paragraph: list[Mention]) -> None:
    """党员先锋队 after 庙行镇…党员先锋队 in the same paragraph is that team."""
    # A bare 社区 or 小区 is too common to point back; 临时党支部, 党员先锋队 are not.
    if not m.generic or m.label not in ("PartyOrg", "Team", "Site") or len(m.name) < 3:
        return
    for e in reversed(earlier_in_paragraph):
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
            b.name, b.generic, b.rule = a.name, a.generic, "apposition"
