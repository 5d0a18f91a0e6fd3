"""A hand-made Extraction that mirrors the gold questions, for the store's tests.

Three files: `songjiang.txt` (two articles: a Simplified and a Traditional copy of one
report, resolved to the same people and places), `linfen.txt` and `maonan.txt`.
`variant=1` changes `linfen.txt` (new sha256, so new article uids, one relation changed),
to test that a changed file replaces only its own facts.
"""

from __future__ import annotations

import hashlib

from kb.model import Article, Entity, Evidence, Extraction, Relation, Stat


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _article(file: str, content: str, position: int, title: str) -> Article:
    sha = _sha(content)
    return Article(
        uid=f"{sha[:16]}-{position}", file=file, sha256=sha, title=title, date="2022-04-25",
        source="测试报", authors=["记者甲"], correspondents=[], editors=[], start=0, end=100,
    )  # fmt: skip


class _Builder:
    def __init__(self) -> None:
        self.x = Extraction()
        self.by_name: dict[str, Entity] = {}

    def entity(self, label: str, name: str, *articles: Article, aliases=(), generic=False, uid=None, **props):
        uid = uid or f"{label.lower()}:{name}"
        e = self.by_name.get(uid)
        if e is None:
            e = Entity(uid=uid, label=label, name=name, aliases=[name, *aliases], generic=generic, properties=props)
            self.by_name[uid] = e
            self.x.entities.append(e)
        for a in articles:
            if a.uid not in e.articles:
                e.articles.append(a.uid)
                e.mentions[a.uid] = 1
        return e

    def rel(self, type_: str, source: Entity, target: Entity, article: Article, sentence: str, start: int, **props):
        ev = Evidence(article.uid, sentence, start, start + len(sentence))
        self.x.relations.append(Relation(type_, source.uid, target.uid, "test", ev, props))

    def stat(self, scope: Entity | None, value: float, noun: str, article: Article, sentence: str, start: int, **kw):
        ev = Evidence(article.uid, sentence, start, start + len(sentence))
        uid = f"stat:{article.uid}:{start}"
        self.x.stats.append(Stat(uid, scope.uid if scope else None, value, False, "个", noun, None, "test", ev, **kw))


def sample_extraction(variant: int = 0) -> Extraction:
    b = _Builder()
    s1 = _article("songjiang.txt", "songjiang", 0, "松江区党员干部下沉社区")
    s2 = _article("songjiang.txt", "songjiang", 1, "松江區黨員幹部下沉社區")
    linfen_text = "linfen" if variant == 0 else "linfen, revised"
    l1 = _article("linfen.txt", linfen_text, 0, "临汾市机关单位包联社区")
    m1 = _article("maonan.txt", "maonan", 0, "茂南区片长制点长制队长制")
    b.x.articles += [s1, s2, l1, m1]

    # Songjiang: the Simplified and the Traditional copies give the same nodes.
    sjq = b.entity("Region", "松江区", s1, s2, l1, aliases=["松江區"], level="district")
    zs = b.entity("Region", "中山街道", s1, s2, level="subdistrict")
    gjl = b.entity("Community", "郭家娄居民区", s1, s2, aliases=["郭家婁居民區"], kind="居民区")
    lhf = b.entity("Person", "陆海峰", s1, s2, aliases=["陸海峰"])
    tyj = b.entity("Unit", "松江区退役军人事务局", s1, aliases=["松江區退役軍人事務局"])
    rx = b.entity("Community", "荣欣居民区", s1, s2, aliases=["榮欣居民區"], kind="居民区")
    lah = b.entity("Person", "李爱华", s1, s2, aliases=["李愛華"])
    site = b.entity("Site", "申港路集中隔离治疗点", s1, aliases=["二号方舱"], kind="隔离治疗点")
    ssz = b.entity("Region", "佘山镇", s1, level="town")
    zwj = b.entity("Person", "朱伟杰", s1)
    ssdw = b.entity("PartyOrg", "佘山镇党委", s1, kind="党委")
    cq = b.entity("Team", "重庆援沪医疗队", s1)
    b.rel("LOCATED_IN", zs, sjq, s1, "松江区中山街道", 0)
    b.rel("LOCATED_IN", gjl, zs, s1, "中山街道郭家娄居民区", 10)
    s = "松江区退役军人事务局的陆海峰,3月31日下沉到中山街道郭家娄居民区后…"
    b.rel("SINKS_TO", lhf, gjl, s1, s, 20, verb="下沉", date="2022-03-31", date_text="3月31日")
    b.rel("HOLDS_POST", lhf, tyj, s1, s, 20, title="")
    b.rel("SINKS_TO", lhf, gjl, s2, "松江區退役軍人事務局的陸海峰,3月31日下沉到中山街道郭家婁居民區後…", 520,
          verb="下沉", date="2022-03-31", date_text="3月31日")  # fmt: skip
    b.rel("HOLDS_POST", lah, rx, s1, "李爱华担任荣欣居民区第二书记", 60, title="第二书记")
    b.rel("TAKES_OVER", ssz, site, s1, "4月7日,佘山镇接管申港路集中隔离治疗点", 90, date="2022-04-07", date_text="4月7日")
    b.rel("HOLDS_POST", zwj, ssdw, s1, "佘山镇党委副书记朱伟杰担任总指挥", 120, title="副书记")
    b.rel("HOLDS_POST", zwj, site, s1, "佘山镇党委副书记朱伟杰担任总指挥", 120, title="总指挥")
    b.rel("SINKS_TO", cq, site, s1, "重庆援沪医疗队驻舱", 150, verb="驻舱")
    b.stat(sjq, 379, "第二书记", s1, "全区选派379名第二书记", 200)
    # A class word the extractor keeps as a node of its own: never the answer to a name.
    b.entity("Community", "居民区", s1, s2, aliases=["居民區"], generic=True, uid="community:居民区@songjiang")

    # Linfen: a stat tree, a community reached through its temporary branch, a work group.
    lf = b.entity("Region", "临汾市", l1, level="city")
    ydq = b.entity("Region", "尧都区", l1, level="district")
    sfxq = b.entity("Community", "市府小区", l1, kind="小区")
    zb = b.entity("PartyOrg", "市府小区临时党支部", l1, kind="党支部", temporary=True)
    jgm = b.entity("Person", "贾改梅", l1)
    sly = b.entity("Community", "仕林苑小区", l1, kind="小区")
    gzz = b.entity("Team", "仕林苑小区干部下沉工作组", l1)
    rtc = b.entity("Person", "任泰成", l1)
    b.rel("LOCATED_IN", ydq, lf, l1, "临汾市尧都区", 0)
    b.rel("LOCATED_IN", zb, sfxq, l1, "市府小区临时党支部", 10)
    b.rel("HOLDS_POST", jgm, zb, l1, "市府小区临时党支部书记贾改梅", 10, title="书记")
    b.rel("LOCATED_IN", gzz, sly, l1, "仕林苑小区干部下沉工作组", 40)
    b.rel("HOLDS_POST", rtc, gzz, l1, "仕林苑小区干部下沉工作组组长任泰成", 40, title="组长")
    if variant == 0:
        b.rel("SINKS_TO", rtc, sly, l1, "任泰成下沉仕林苑小区", 70, verb="下沉")
    else:
        b.rel("PAIRS_WITH", rtc, sly, l1, "任泰成包联仕林苑小区", 70, verb="包联")
    b.stat(lf, 1255, "机关单位", l1, "全市1255个机关单位包联2159个社区(小区)", 100,
           object_value=2159, object_noun="社区(小区)")  # fmt: skip
    b.stat(ydq, 246, "机关单位", l1, "尧都区246个机关单位包联942个小区", 140, object_value=942, object_noun="小区")
    # A generic class that two articles name: one question about it asks both nodes.
    b.entity("PartyOrg", "临时党支部", l1, generic=True, uid="partyorg:临时党支部@linfen")
    b.stat(sjq, 55, "干部", l1, "松江区55名干部", 320)

    # Maonan: mechanisms of a region and its sub-regions, an org chain, two 城南街道.
    mn = b.entity("Region", "茂南区", m1, level="district")
    hq = b.entity("Region", "红旗街道", m1, level="subdistrict")
    cn1 = b.entity("Region", "城南街道", m1, level="subdistrict", uid="region:城南街道@茂南区")
    other = b.entity("Region", "某某区", m1, level="district")
    cn2 = b.entity("Region", "城南街道", m1, level="subdistrict", uid="region:城南街道@某某区")
    b.rel("LOCATED_IN", hq, mn, m1, "茂南区红旗街道", 0)
    b.rel("LOCATED_IN", cn1, mn, m1, "茂南区城南街道", 10)
    b.rel("LOCATED_IN", cn2, other, m1, "某某区城南街道", 20)
    for mech in ("片长制", "点长制", "队长制"):
        b.rel("ADOPTS", mn, b.entity("Mechanism", mech, m1), m1, "茂南区实行片长制、点长制、队长制", 30, verb="实行")
    xzz = b.entity("Mechanism", "小组长制", m1)
    b.rel("ADOPTS", hq, xzz, m1, "红旗街道推行小组长制", 60, verb="推行")
    b.entity("PartyOrg", "临时党支部", m1, generic=True, uid="partyorg:临时党支部@maonan")
    b.entity("Community", "社区", m1, generic=True, uid="community:社区@maonan")
    # Two people of one name in one article: only their uids tell them apart.
    b.entity("Person", "张伟", m1, uid="person:张伟@2")
    b.entity("Person", "张伟", m1, uid="person:张伟@1")
    chain = ["党员示范户", "单元楼党小组", "楼院党支部", "网格党总支", "社区党委", "街道党工委"]
    nodes = [b.entity("PartyOrg", n, m1, generic=True) for n in chain]
    sentence = "街道党工委—社区党委—网格党总支—楼院党支部—单元楼党小组—党员示范户"
    for child, parent in zip(nodes, nodes[1:], strict=False):
        b.rel("SUBORDINATE_TO", child, parent, m1, sentence, 80)
    b.stat(mn, 9, "街道(镇)", m1, "茂南区9个街道(镇)", 120)
    b.stat(hq, 12, "社区", m1, "红旗街道12个社区", 140)
    return b.x
