"""Places: which regions are meant (full names, short forms under a parent, towns by suffix), what is a
community, estate, road or site and what only looks like one, and LOCATED_IN — what lies in which
subdistrict, community or town."""

import pytest

from kb.resolve import resolve_article

from .extract_helpers import (
    ANSHUN,
    GUANGZHOU,
    LIUZHOU,
    TOWN_REPORT,
    WUHAN,
    XINING,
    assert_extracted,
    case,
    entities,
    facts_of,
    mention_names,
    names,
    triples,
)

PLACES = [
    # regions and their short forms
    case("a_city_short_form_opening_a_community_name_twice_is_no_city",
         ("太原市小店区全力抗疫。",
          "在坞城街道长治南社区,长治南社区党委书记、居委会主任王丽带领社区干部巡查。"),
         found=[("HOLDS_POST", "王丽", "长治南社区居委会"), ("LOCATED_IN", "长治南社区", "坞城街道")],
         not_named=[("Region", "长治市")]),
    case("a_region_whose_name_ends_in_he_is_found",
         ("吉林省长春市朝阳区全力抗疫。",
          "中和街道党工委书记孟凡林说，街道为每个封控小区配备1名代办员。"),
         found=[("HOLDS_POST", "孟凡林", "中和街道党工委")],
         named=[("Region", "中和街道")]),
    case("a_subdistrict_named_after_a_college_is_a_place_with_its_chain",
         (XINING, "在学院街道光明社区,区教育局的40名党员干部进驻社区。"),
         found=[("LOCATED_IN", "光明社区", "学院街道"), ("LOCATED_IN", "学院街道", "城中区")],
         named=[("Region", "学院街道")]),
    # Only 街道 right after the bare head makes a place; 社区学院 stays an institution.
    case("a_community_college_is_still_no_subdistrict",
         (XINING, "城中区社区学院组织学员参与防控。"),
         not_named=[("Region", "社区学院")]),
    # communities, estates and roads
    case("a_town_name_before_a_village_is_not_a_town_head_title",
         ("合肥市蜀山区全力抗疫。", "南岗镇长林村党支部书记李明说,村里的党员都动起来了。"),
         found=[("LOCATED_IN", "长林村", "南岗镇")],
         named=[("Community", "长林村")]),
    case("a_lane_is_a_community_but_every_street_and_lane_is_not",
         ("杭州市上城区全力抗疫。",
          "全区按街巷划分责任区,区市场监管局包保柳翠巷,志愿者走遍背街小巷,"
          "米市巷街道党工委也在街巷巡查。"),
         found=[("PAIRS_WITH", "上城区市场监管局", "柳翠巷")],
         named=[("Region", "米市巷街道")],
         exactly={"Community": {"柳翠巷"}}),
    case("an_estate_written_after_its_community_is_in_it_and_keeps_its_own_name",
         ("福建省泉州市丰泽区全力抗疫。",
          "区商务局在东湖社区嘉园小区成立嘉园小区临时党支部，"
          "区商务局局长苏伟明担任临时党支部书记。"),
         found=[("LOCATED_IN", "嘉园小区", "东湖社区"),
                ("LOCATED_IN", "嘉园小区临时党支部", "嘉园小区"),
                ("HOLDS_POST", "苏伟明", "嘉园小区临时党支部")],
         named=[("Community", "嘉园小区")]),
    # what lies where
    case("a_subdistricts_committee_opening_the_sentence_places_its_community",
         ("河北省保定市竞秀区全力抗疫。",
          "东风街道党工委在封控的朝阳社区成立朝阳社区封控区临时党支部。"),
         found=[("LOCATED_IN", "朝阳社区", "东风街道"),
                ("LOCATED_IN", "朝阳社区封控区临时党支部", "朝阳社区"),
                ("ESTABLISHED", "东风街道党工委", "朝阳社区封控区临时党支部")]),
    case("a_checkpoint_of_the_subdistrict_opening_the_sentence_is_in_it",
         ("河北省保定市竞秀区全力抗疫。", "韩村北路街道在建设路卡口成立建设路卡口临时党支部。"),
         found=[("LOCATED_IN", "建设路卡口", "韩村北路街道"), ("ESTABLISHED", "韩村北路街道", "建设路卡口临时党支部")]),
    case("a_place_written_with_de_after_a_subdistrict_is_in_it",
         ("河北省保定市竞秀区全力抗疫。", "东风街道的北二环卡口由党员值守。"),
         found=[("LOCATED_IN", "北二环卡口", "东风街道")]),
    case("communities_listed_after_a_qualified_one_share_its_subdistrict",
         ("河北省保定市竞秀区全力抗疫。", "区城管局包保新华街道红星社区、光明社区和团结社区。"),
         found=[("LOCATED_IN", "红星社区", "新华街道"),
                ("PAIRS_WITH", "竞秀区城管局", "红星社区"),
                ("LOCATED_IN", "光明社区", "新华街道"),
                ("PAIRS_WITH", "竞秀区城管局", "光明社区"),
                ("LOCATED_IN", "团结社区", "新华街道"),
                ("PAIRS_WITH", "竞秀区城管局", "团结社区")]),
    case("estates_of_a_sentence_opening_with_a_community_are_in_it",
         (GUANGZHOU, "在宝岗社区，金碧花园小区、福海小区实行封控管理。"),
         found=[("LOCATED_IN", "金碧花园小区", "宝岗社区"), ("LOCATED_IN", "福海小区", "宝岗社区")]),
    case("zai_a_subdistrict_places_the_communities_of_the_sentence_and_a_town_paragraph_its_villages",
         ("郑州市二七区全力抗疫。",
          "在建中街街道,幸福花园小区临时党支部书记王军带领13名党员送菜。",
          "侯寨乡是二七区唯一的乡。刘庄村驻村第一书记赵亮是郑州大学选派的干部。"),
         found=[("LOCATED_IN", "幸福花园小区", "建中街街道"),
                ("LOCATED_IN", "刘庄村", "侯寨乡"),
                ("SINKS_TO", "赵亮", "刘庄村")]),
    case("a_team_after_an_opening_subdistrict_is_in_it",
         (LIUZHOU, "在荣军街道，“荣军红”志愿服务队的队员们每天巡查。"),
         found=[("LOCATED_IN", "荣军红志愿服务队", "荣军街道")]),
    case("a_team_after_an_opening_community_is_in_the_community",
         (LIUZHOU, "在荣军街道白沙社区，一支由退役军人组成的“白沙尖兵”党员突击队格外引人注目。"),
         found=[("LOCATED_IN", "白沙尖兵党员突击队", "白沙社区")],
         not_found=[("LOCATED_IN", "白沙尖兵党员突击队", "荣军街道")]),
    case("a_team_after_a_clause_that_is_not_only_a_place_is_not_placed",
         (LIUZHOU, "在荣军街道值守期间，“荣军红”志愿服务队的队员们每天巡查。"),
         not_found=[("LOCATED_IN", "荣军红志愿服务队", "荣军街道")]),
    case("an_estate_where_a_community_sets_up_a_branch_is_in_the_community",
         (LIUZHOU,
          "其中，荣军街道白沙社区在翠竹园小区成立了翠竹园小区临时党支部，"
          "由社区党委书记孙涛兼任支部书记。"),
         found=[("LOCATED_IN", "翠竹园小区", "白沙社区")]),
    case("every_village_listed_after_a_town_with_de_is_in_it",
         (ANSHUN, "化处镇的桃坪村、柳树湾村开展排查。"),
         found=[("LOCATED_IN", "桃坪村", "化处镇"), ("LOCATED_IN", "柳树湾村", "化处镇")]),
    case("villages_of_a_report_about_one_town_are_in_that_town",
         (TOWN_REPORT, "县交通局派驻桃坪村工作队4人，县水利局干部周成林驻村柳树湾村。"),
         found=[("LOCATED_IN", "桃坪村", "马官镇"), ("LOCATED_IN", "柳树湾村", "马官镇")]),
    case("villages_are_not_put_in_the_main_town_when_another_town_is_named",
         (TOWN_REPORT, "化处镇组织干部驻村柳树湾村。"),
         not_found=[("LOCATED_IN", "柳树湾村", "马官镇")]),
]


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_places(text, expected):
    assert_extracted(text, **expected)


# ---------------------------------------------------------------- regions and their short forms


def test_link_farm_runs_yield_no_region():
    assert mention_names("高青县| 蓬溪县| 如东县| 轮台县|") == set()


def test_short_forms_only_under_a_parent_named_in_the_article():
    assert ("Region", "浮山县") in entities("临汾市各县积极行动。古县、浮山开发小程序。")
    assert ("Region", "浮山县") not in entities("某地积极行动。浮山开发小程序。")


def test_towns_by_suffix_sit_under_the_county_in_context():
    f = facts_of("松江区全力抗疫。上海松江区方松街道江中公寓社区临时封控。")
    regions = {m.name for m, _ in f.mentions if m.label == "Region"}
    assert {"上海市", "松江区", "方松街道"} <= regions


def test_names_that_are_also_words_need_a_parent():
    # 大社区 is a district name, and 广大社区居民 is not about it.
    assert not any(label == "Region" for label, _ in entities("团结带领广大社区居民万众一心。"))
    # 宝山区 exists twice; the one under 上海市 is meant.
    f = facts_of("上海市宝山区筑牢抗疫防线。")
    baoshan = next(m for m, _ in f.mentions if m.name == "宝山区")
    assert baoshan.divisions[0].adcode.startswith("31")


def test_a_city_short_form_used_twice_or_before_its_county_is_the_city():
    assert ("Region", "临汾市") in entities("临汾全力抗疫。临汾各县积极行动。")
    assert ("Region", "临汾市") in entities("临汾尧都区积极行动。")
    assert ("Region", "长治市") not in entities("确保社会长治久安。")


def test_a_short_form_that_starts_another_word_is_no_region():
    # a county's short form before 银行 is a brand; any short form before 路 a road
    regions = names("南京市全力抗疫。", "秦淮银行党支部与广东省中山路社区志愿者参与防控。", label="Region")
    assert "秦淮区" not in regions and "中山市" not in regions
    # a city's or province's short form before an institution does name the place
    assert ("LOCATED_IN", "临汾日报社", "临汾市") in triples("临汾市全力抗疫。", "临汾日报社选派记者。")
    # a short form standing alone is still read under its parent
    assert "江宁区" in names("南京市全力抗疫。", "江宁各街道积极行动,江宁全区动员。", label="Region")


def test_a_district_short_form_in_a_bodys_name_still_places_the_body():
    got = triples("湖南省长沙市全力抗疫。", "长沙银行岳麓支行党支部与白鹤村党支部结对共建。")
    assert any(t == "LOCATED_IN" and o == "岳麓区" for t, _, o in got)


# ---------------------------------------------------------------- communities, estates and roads


def test_a_community_head_inside_a_road_or_subdistrict_name_is_none():
    text = ("青岛市李沧区全力抗疫。", "李村街道集中隔离点由区卫健局负责,花园路街道党工委配合。")
    communities = names(*text, label="Community")
    assert not communities & {"李村", "花园", "青岛市李沧区花园"}
    assert {"李村街道", "花园路街道"} <= names(*text, label="Region")
    assert ("LOCATED_IN", "李村街道集中隔离点", "李村街道") in triples(*text)


def test_a_community_named_after_a_road_has_no_inner_community():
    text = ("郑州市金水区全力抗疫。", "花园路社区党委书记李娜组织党员值守,新村路小区临时党支部组织核酸检测。")
    assert {"花园路社区", "新村路小区"} <= names(*text, label="Community")
    assert not names(*text, label="Community") & {"花园", "新村"}


def test_headline_verbs_make_no_community():
    text = ("南京:党员先锋守牢小区防线,党建引领织密社区防控网。",)
    assert names(*text, label="Community") <= {"小区", "社区"}


def test_a_community_head_right_after_a_body_is_what_the_body_does():
    text = ("济南市历下区全力抗疫。", "区委常委、组织部部长韩冰任历下区疫情防控指挥部社区防控组组长。")
    got = triples(*text)
    assert not any(n.endswith("指挥部社区") for n in names(*text, label="Community"))
    assert ("HOLDS_POST", "韩冰", "历下区疫情防控指挥部社区防控组") in got
    assert ("SUBORDINATE_TO", "历下区疫情防控指挥部社区防控组", "历下区疫情防控指挥部") in got


def test_an_estate_name_before_a_residential_head_is_one_community():
    text = ("上海市徐汇区全力抗疫。", "凌云街道梅陇三村居民区党总支书记朱丽萍带领志愿者值守。")
    communities = names(*text, label="Community")
    assert "梅陇三村居民区" in communities and "梅陇三村" not in communities
    assert ("HOLDS_POST", "朱丽萍", "凌云街道梅陇三村居民区党总支") in triples(*text)


def test_old_and_sealed_estates_are_classes_not_names():
    text = ("郑州市二七区全力抗疫。", "建中街街道是老旧小区较为集中的区域,党员负责封控小区的物资配送。")
    x = resolve_article(facts_of(*text))
    assert {e.name for e in x.entities if e.label == "Community" and not e.generic} == set()
    assert not any(t == "LOCATED_IN" and o == "建中街街道" for t, _, o in triples(*text))


def test_a_district_short_form_inside_an_estates_name_is_no_district():
    text = (WUHAN, "大智街道金色江岸小区临时封控后，区税务局机关党委书记张海涛带领党员进驻金色江岸小区。")
    got = triples(*text)
    assert ("LOCATED_IN", "金色江岸小区", "大智街道") in got
    assert ("SINKS_TO", "张海涛", "金色江岸小区") in got
    assert ("HOLDS_POST", "张海涛", "江岸区税务局机关党委") in got
    assert not any(t == "LOCATED_IN" and s == "金色江岸小区" and o == "江岸区" for t, s, o in got)


# ---------------------------------------------------------------- what lies where


def test_communities_of_a_sentence_about_one_subdistrict_are_in_it():
    got = triples("昆明市官渡区全力抗疫。", "关上街道是此轮疫情的重点区域,辖区内的金马、银河、星火3个社区先后被划为封控区。")
    for c in ("金马社区", "银河社区", "星火社区"):
        assert ("LOCATED_IN", c, "关上街道") in got
    assert not any(n.startswith("内的") for _, n in entities(*("昆明市官渡区全力抗疫。",
                                                              "关上街道是重点区域,辖区内的金马、银河、星火3个社区被划为封控区。")))


def test_a_site_the_district_runs_is_not_put_in_the_paragraphs_subdistrict():
    got = triples(GUANGZHOU, "在琶洲街道，区卫健局、区民政局包保石榴岗村。区体育中心集中隔离点交由区文旅局接管。隔离点设置党员先锋岗6个。")
    assert ("LOCATED_IN", "石榴岗村", "琶洲街道") in got
    assert not any(t == "LOCATED_IN" and "隔离点" in s and o == "琶洲街道" for t, s, o in got)
