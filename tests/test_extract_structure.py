"""How bodies stand to one another: TAKES_OVER (接管, 交由…接管), ESTABLISHED (成立, 组建, 设立, 会同),
and SUBORDINATE_TO (下设, 隶属于, chains of bodies in quotes, a body's own party branch or group)."""

import pytest

from .extract_helpers import (
    ANSHUN,
    CHENGDU,
    GUANGZHOU,
    LIUZHOU,
    WUHAN,
    ZHUZHOU,
    assert_extracted,
    case,
    entities,
    names,
    triples,
)

STRUCTURE = [
    # taking over a site
    case("passive_take_over",
         ("某区有序推进。申港路集中隔离治疗点自4月7日起交由佘山镇接管,负责运维保障。",),
         found=[("TAKES_OVER", "佘山镇", "申港路集中隔离治疗点")]),
    case("active_take_over_and_subdistrict_prefix",
         ("武侯区全力抗疫。区住建局接管了天府国际会议中心方舱。"
          "火车南站街道桐梓林社区成立临时党支部,由街道党工委副书记孙明担任临时党支部书记。",),
         found=[("TAKES_OVER", "武侯区住建局", "天府国际会议中心方舱"),
                ("HOLDS_POST", "孙明", "火车南站街道党工委"),
                ("LOCATED_IN", "桐梓林社区", "火车南站街道")]),
    # who sets up a body or a team
    case("sets_up_temporary_branches",
         ("武汉市江夏区全力抗疫。", "纸坊街道成立临时党委,下设9个临时党支部。"),
         found=[("ESTABLISHED", "纸坊街道", "临时党委"), ("SUBORDINATE_TO", "临时党支部", "临时党委")]),
    case("a_team_opening_a_clause_sets_up_its_own_branch_and_its_leader_holds_the_post",
         ("沈阳市和平区全力抗疫。",
          "11月3日,中国医科大学附属第一医院医疗队进驻和平区体育馆方舱医院,"
          "医疗队成立方舱医院临时党支部,医疗队队长孙红担任支部书记。"),
         found=[("ESTABLISHED", "中国医科大学附属第一医院医疗队", "和平区体育馆方舱医院临时党支部"),
                ("HOLDS_POST", "孙红", "和平区体育馆方舱医院临时党支部")]),
    case("a_branch_that_is_set_up_after_its_site_was_taken_over_is_the_actors",
         ("杭州市西湖区全力抗疫。",
          "当天下午,北山街道接管龙泉宾馆隔离点,北山街道党工委副书记周明担任点长。"
          "龙泉宾馆隔离点临时党支部随即成立,由区疾控中心副主任吴斌担任临时党支部书记。"),
         found=[("ESTABLISHED", "北山街道", "龙泉宾馆隔离点临时党支部"), ("HOLDS_POST", "吴斌", "龙泉宾馆隔离点临时党支部")]),
    case("organising_a_counted_number_of_teams_is_setting_them_up",
         (CHENGDU, "为解决就医难题，区卫健局组织8支党员医疗服务队包联全区30个封控小区。"),
         found=[("ESTABLISHED", "武侯区卫健局", "党员医疗服务队")]),
    case("a_community_forms_a_team_with_a_quoted_name_that_lies_in_it",
         (ANSHUN, "在他的带动下，穿洞社区组建了“穿洞先锋”党员突击队，分成4个小组。"),
         found=[("ESTABLISHED", "穿洞社区", "穿洞先锋党员突击队"), ("LOCATED_IN", "穿洞先锋党员突击队", "穿洞社区")]),
    case("a_community_setting_up_a_branch_in_its_estate_establishes_it",
         (LIUZHOU,
          "其中，荣军街道白沙社区在翠竹园小区成立了翠竹园小区临时党支部，"
          "由社区党委书记孙涛兼任支部书记。"),
         found=[("ESTABLISHED", "白沙社区", "翠竹园小区临时党支部")],
         not_found=[("ESTABLISHED", "鱼峰区", "翠竹园小区临时党支部")]),
    # subordination
    case("org_chain_with_dashes_gives_subordination",
         ("建立街道党工委—社区党委—网格党总支—楼院党支部联动机制。",),
         found=[("SUBORDINATE_TO", "社区党委", "街道党工委"), ("SUBORDINATE_TO", "楼院党支部", "网格党总支")]),
    case("belongs_to_and_sets_up_under",
         ("江宁区开展工作。区疫情防控指挥部下设物资保障工作组。"
          "东山街道临时党委隶属于江宁区委组织部。",),
         found=[("SUBORDINATE_TO", "物资保障工作组", "江宁区疫情防控指挥部"), ("SUBORDINATE_TO", "东山街道临时党委", "江宁区委组织部")]),
    # ANNOTATION.md: no hierarchy is read from inside one name (…疾控中心消杀组), and an
    # agency's Party branch is not subordinate to the agency by default.
    case("a_working_group_named_after_a_body_states_no_hierarchy",
         ("昆明市官渡区全力抗疫。", "官渡区疾控中心消杀组组长李静带领38名流调人员轮班。"),
         found=[("HOLDS_POST", "李静", "官渡区疾控中心消杀组")],
         not_found=[("SUBORDINATE_TO", "官渡区疾控中心消杀组", "官渡区疾控中心")]),
    case("an_agencys_party_branch_is_not_under_the_agency",
         (WUHAN, "区民政局党支部与百步亭社区党委结对共建。"),
         found=[("TWINNED_WITH", "江岸区民政局党支部", "百步亭社区党委")],
         not_found=[("SUBORDINATE_TO", "江岸区民政局党支部", "江岸区民政局")]),
    case("the_branch_of_a_government_bureau_is_not_under_it_by_default",
         (ZHUZHOU, "仙庾镇机关党支部与荷塘区水利局党支部结对共建。"),
         not_found=[("SUBORDINATE_TO", "荷塘区水利局党支部", "荷塘区水利局")]),
    case("groups_set_up_by_the_branch_itself_are_under_it",
         (ZHUZHOU, "隔离点临时党支部下设医疗救治、后勤保障2个党小组。"),
         found=[("SUBORDINATE_TO", "医疗救治党小组", "隔离点临时党支部"), ("SUBORDINATE_TO", "后勤保障党小组", "隔离点临时党支部")]),
    case("counted_items_under_a_branch_are_all_subordinate",
         (LIUZHOU, "白沙小区临时党支部下设3个楼栋党小组和2支党员突击队。"),
         found=[("SUBORDINATE_TO", "楼栋党小组", "白沙小区临时党支部"), ("SUBORDINATE_TO", "党员突击队", "白沙小区临时党支部")]),
]


@pytest.mark.parametrize(("text", "expected"), STRUCTURE)
def test_structure(text, expected):
    assert_extracted(text, **expected)


# ---------------------------------------------------------------- taking over a site


def test_plain_active_and_passive_take_over_with_an_adverb_of_duty():
    assert ("TAKES_OVER", "禄口街道", "机场隔离点") in triples("南京市江宁区全力抗疫。", "禄口街道接管了机场隔离点。")
    assert ("TAKES_OVER", "纸坊街道", "阳光酒店隔离点") in triples(
        "武汉市江夏区全力抗疫。", "阳光酒店隔离点由纸坊街道负责接管。")
    assert ("TAKES_OVER", "江夏区", "汤逊湖隔离点") in triples(
        "武汉市江夏区全力抗疫。", "由江夏区负责接管汤逊湖隔离点。")


# ---------------------------------------------------------------- who sets up a body or a team


def test_a_place_after_zai_is_not_the_subject():
    got = triples("西安市雁塔区全力抗疫。", "电子城街道在西安高新医院设立集中隔离点。")
    assert ("ESTABLISHED", "电子城街道", "集中隔离点") in got
    assert not any(t == "ESTABLISHED" and src == "西安高新医院" for t, src, _ in got)


def test_huitong_is_a_verb_and_both_bodies_set_up_the_committee():
    text = ("长沙市天心区全力抗疫。", "区委组织部会同坡子街街道党工委,在封控区成立坡子街街道疫情防控临时党委,下设4个临时党支部。")
    got = triples(*text)
    assert ("ESTABLISHED", "天心区委组织部", "坡子街街道疫情防控临时党委") in got
    assert ("ESTABLISHED", "坡子街街道党工委", "坡子街街道疫情防控临时党委") in got
    assert "会同县" not in names(*text, label="Region")
    assert not any(n.startswith("会同") for _, n in entities(*text))


def test_a_team_formed_of_members_of_listed_bodies_is_set_up_by_the_subject():
    got = triples("郑州市二七区全力抗疫。",
                  "建中街街道党工委书记李梅介绍,街道组建了由区卫健局、区城管局等单位党员组成的“二七蓝”党员突击队,共60人。")
    assert any(t == "ESTABLISHED" and s.startswith("建中街街道") and o == "二七蓝党员突击队" for t, s, o in got)


def test_the_body_that_gathers_the_people_sets_up_the_team():
    got = triples(CHENGDU, "玉林街道组织辖区内四川电力公司、成都燃气集团等驻区单位党员组建“武侯先锋”突击队，共12支。")
    assert ("ESTABLISHED", "玉林街道", "武侯先锋突击队") in got
    assert not any(t == "ESTABLISHED" and s in ("四川省", "成都市") for t, s, _ in got)
    assert "四川电力公司" in names(CHENGDU, "玉林街道组织辖区内四川电力公司党员组建突击队。", label="Unit")


def test_a_zai_phrase_ends_at_its_verb_so_the_body_set_up_after_it_is_a_parent():
    got = triples(GUANGZHOU, "区委组织部会同南石头街道党工委，在封控区成立南石头街道疫情防控临时党委，下设4个临时党支部。")
    assert ("ESTABLISHED", "海珠区委组织部", "南石头街道疫情防控临时党委") in got
    assert any(t == "SUBORDINATE_TO" and o == "南石头街道疫情防控临时党委" for t, _, o in got)


def test_a_village_opening_the_clause_forms_its_team():
    found = triples(ANSHUN, "桃坪村组建了桃坪村党员志愿服务队，20名党员每天巡逻。")
    assert ("ESTABLISHED", "桃坪村", "桃坪村党员志愿服务队") in found
    assert not any(t == "ESTABLISHED" and s == "普定县" for t, s, _ in found)


# ---------------------------------------------------------------- subordination


def test_an_org_chain_in_quotes_is_a_chain_not_a_practice():
    text = ("济南市历下区全力抗疫。", "解放路街道推行“社区党委—网格党支部—楼栋党小组”三级组织体系。")
    got = triples(*text)
    assert ("SUBORDINATE_TO", "网格党支部", "社区党委") in got
    assert ("SUBORDINATE_TO", "楼栋党小组", "网格党支部") in got
    assert not names(*text, label="Mechanism")


def test_a_leading_party_group_and_a_firms_committee_are_not_under_their_body():
    got = triples(WUHAN, "区财政局党组书记、局长邝明轩带队。武汉钢铁集团党委与百步亭社区党委结对共建。")
    assert not any(t == "SUBORDINATE_TO" for t, _, _ in got)


def test_the_branch_of_a_power_supply_bureau_is_no_agency_body():
    found = triples(ZHUZHOU, "仙庾镇机关党支部与荷塘区供电局党支部结对共建。")
    assert ("TWINNED_WITH", "仙庾镇机关党支部", "荷塘区供电局党支部") in found
    assert not any(t == "SUBORDINATE_TO" and s == "荷塘区供电局党支部" for t, s, _ in found)


def test_groups_set_up_after_a_post_title_are_not_put_under_the_body_in_the_title():
    text = (ZHUZHOU, "荷塘区人民医院接管隔离点，同日成立隔离点临时党支部，区卫健委副主任陈平担任临时党支部书记，"
            "下设医疗救治、后勤保障、安全管理3个党小组。")
    assert {"医疗救治党小组", "后勤保障党小组"} <= names(*text, label="PartyOrg")
    found = triples(*text)
    assert not any(t == "SUBORDINATE_TO" and "党小组" in s for t, s, _ in found)
    assert ("HOLDS_POST", "陈平", "荷塘区卫健委") in found


def test_groups_set_up_after_a_branch_named_as_an_object_are_not_put_under_it():
    found = triples(ZHUZHOU, "荷塘区在隔离点成立隔离点临时党总支，下设医疗救治、后勤保障2个临时党支部。")
    assert not any(t == "SUBORDINATE_TO" and s.endswith("党支部") for t, s, _ in found)


def test_the_body_in_a_post_title_between_is_not_the_parent():
    found = triples(LIUZHOU, "在荣军街道白沙小区设立的白沙小区临时党支部，由街道党工委副书记孙涛任书记，"
                             "下设3个楼栋党小组和2支党员突击队。")
    assert ("SUBORDINATE_TO", "楼栋党小组", "白沙小区临时党支部") in found
    assert ("SUBORDINATE_TO", "党员突击队", "白沙小区临时党支部") in found
    assert not any(t[0] == "SUBORDINATE_TO" and "党工委" in t[2] for t in found)
