"""PAIRS_WITH: a unit or cadre that takes charge of a community, village or subdistrict — 包联, 包保,
包村, 挂点 — and lists of units paired one to one (分别) or each with the same community."""

import pytest

from .extract_helpers import ANSHUN, assert_extracted, case, names, triples

PAIRING = [
    # cues
    case("committee_member_title_and_pairing_with_a_subdistrict",
         ("江宁区开展工作。区公安分局党委委员王志刚挂点禄口街道。",),
         found=[("HOLDS_POST", "王志刚", "江宁区公安分局党委"), ("PAIRS_WITH", "王志刚", "禄口街道")]),
    # lists of units
    case("listed_units_keep_their_region_and_each_pairs_with_the_one_community",
         (ANSHUN,
          "普定县财政局包联穿洞社区，"
          "普定县民政局、普定县自然资源和规划局等部门分别包联黄桶社区。"),
         found=[("PAIRS_WITH", "普定县民政局", "黄桶社区"),
                ("PAIRS_WITH", "普定县自然资源和规划局", "黄桶社区"),
                ("PAIRS_WITH", "普定县财政局", "穿洞社区")],
         not_found=[("PAIRS_WITH", "普定县财政局", "黄桶社区")],
         named=[("Unit", "普定县自然资源和规划局")],
         not_named=[("Unit", "自然资源和规划局")]),
    case("listed_units_pair_respectively_with_as_many_communities",
         (ANSHUN, "普定县民政局、普定县自然资源和规划局分别包联黄桶社区和穿洞社区。"),
         found=[("PAIRS_WITH", "普定县民政局", "黄桶社区"), ("PAIRS_WITH", "普定县自然资源和规划局", "穿洞社区")],
         not_found=[("PAIRS_WITH", "普定县民政局", "穿洞社区")]),
    # more pairing verbs of general use, and the unit named after the noun the cue describes
    case("baokao_and_baopian_pair",
         (ANSHUN, "普定县财政局包靠穿洞社区，普定县民政局包片黄桶社区。"),
         found=[("PAIRS_WITH", "普定县财政局", "穿洞社区"), ("PAIRS_WITH", "普定县民政局", "黄桶社区")],
         named=[("Community", "穿洞社区")]),
    case("the_units_named_after_a_community_s_pairing_unit_pair_with_it",
         (ANSHUN, "穿洞社区的包联单位普定县财政局、普定县民政局派出党员干部支援社区。"),
         found=[("PAIRS_WITH", "普定县财政局", "穿洞社区"), ("PAIRS_WITH", "普定县民政局", "穿洞社区")],
         not_named=[("Unit", "单位普定县财政局")]),
    case("a_person_introduced_by_body_and_title_after_you_pairs",
         (ANSHUN, "穿洞社区由普定县财政局党组书记杨立新包联。"),
         found=[("PAIRS_WITH", "杨立新", "穿洞社区")]),
    case("a_person_said_to_be_a_community_s_pairing_leader_pairs_with_it",
         (ANSHUN, "普定县财政局党组书记杨立新作为穿洞社区的包联领导，靠前指挥。"),
         found=[("PAIRS_WITH", "杨立新", "穿洞社区")]),
]


@pytest.mark.parametrize(("text", "expected"), PAIRING)
def test_pairing(text, expected):
    assert_extracted(text, **expected)


# ---------------------------------------------------------------- cues


def test_pairing_and_twinning_cues():
    got = triples("海淀区卫生健康委员会包联阳光社区,开展志愿服务。")
    assert ("PAIRS_WITH", "海淀区卫生健康委员会", "阳光社区") in got
    got = triples("海淀区税务局党委与阳光社区结对共建。")
    assert ("TWINNED_WITH", "海淀区税务局党委", "阳光社区") in got


def test_a_cadre_who_takes_charge_of_a_village_pairs_with_it_and_sinks_there():
    text = (ANSHUN, "县水利局副局长周成林包村桃坪村，带领干部逐户排查。")
    assert "周成林" in names(*text, label="Person")
    assert "桃坪村" in names(*text, label="Community")
    assert not any("包村" in n for n in names(*text, label="Community"))
    found = triples(*text)
    assert ("PAIRS_WITH", "周成林", "桃坪村") in found
    assert ("SINKS_TO", "周成林", "桃坪村") in found
    assert ("HOLDS_POST", "周成林", "普定县水利局") in found


# ---------------------------------------------------------------- lists of units


def test_fenbie_pairs_the_lists_in_order():
    got = triples("昆明市五华区全力抗疫。", "区财政局、区审计局分别包保龙翔街道和丰宁街道。")
    assert ("PAIRS_WITH", "五华区财政局", "龙翔街道") in got
    assert ("PAIRS_WITH", "五华区审计局", "丰宁街道") in got
    assert ("PAIRS_WITH", "五华区财政局", "丰宁街道") not in got
    # lists of different lengths: no pair is certain, so none is stated
    got = triples("昆明市五华区全力抗疫。", "区财政局、区审计局分别包保龙翔街道、丰宁街道和红云街道。")
    assert not any(t == "PAIRS_WITH" for t, _, _ in got)
