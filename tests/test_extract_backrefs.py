"""Back-references: pronouns (他, 她; not 他们, 其他), 该社区 / 该村 and a bare 社区, short forms of a body
named before (财政局, 局党组, 委党组), the place a report is about said as 区里 / 村里 (not 市里), and class
mentions (临时党支部, 卡口) that stand for the one named in their sentence."""

import pytest

from .extract_helpers import (
    ANSHUN,
    GUANGZHOU,
    LIUZHOU,
    WUHAN,
    ZHUZHOU,
    assert_extracted,
    case,
    facts_of,
    names,
    triples,
)

BACKREFS = [
    # pronouns
    case("a_person_introduced_by_affiliation_then_a_pronoun_sinks_and_takes_a_post",
         (ZHUZHOU,
          "荷塘区民政局的赵国强是一名有着15年党龄的老党员。2月10日，他第一批下沉到桂花社区，"
          "担任桂花社区第2网格“红色管家”。"),
         found=[("HOLDS_POST", "赵国强", "荷塘区民政局"),
                ("SINKS_TO", "赵国强", "桂花社区"),
                ("HOLDS_POST", "赵国强", "桂花社区")],
         named=[("Person", "赵国强")]),
    case("the_pronoun_does_not_reach_into_another_paragraph",
         (ZHUZHOU, "荷塘区民政局的赵国强是一名老党员。", "2月10日，他第一批下沉到桂花社区。"),
         not_found=[("SINKS_TO", "赵国强", "桂花社区")]),
    case("they_is_not_he",
         (ZHUZHOU, "荷塘区民政局的赵国强是一名老党员。2月10日，他们第一批下沉到桂花社区。"),
         not_found=[("SINKS_TO", "赵国强", "桂花社区")]),
    case("she_takes_a_post_named_after_her",
         ("江宁区开展工作。张丽是区民政局的一名科长,一直在家隔离。"
          "她随后转为阳光社区防疫工作的负责人。",),
         found=[("HOLDS_POST", "张丽", "阳光社区")]),
    # 该社区, 该村 and a bare 社区
    case("gai_shequ_is_the_community_just_named_and_a_bare_shequ_after_jinzhu_too",
         ("昆明市盘龙区全力抗疫。",
          "在金星社区,区民政局挂点联系该社区。局党组书记、局长和国庆带领15名党员干部进驻社区。"),
         found=[("PAIRS_WITH", "盘龙区民政局", "金星社区"), ("SINKS_TO", "和国庆", "金星社区")]),
    case("a_bare_shequ_after_zai_in_a_clause_led_by_a_person_goes_to_the_paragraphs_community",
         ("大连市甘井子区全力抗疫。",
          "在安静街道,区人社局包保的和平里社区是一个老旧小区。"
          "区人社局党组书记、局长王庆担任和平里社区“第二书记”,带领本局20名党员干部在社区驻点。"),
         found=[("HOLDS_POST", "王庆", "和平里社区"),  # 和 after a verb cannot be a conjunction
                ("SINKS_TO", "王庆", "和平里社区"),
                ("PAIRS_WITH", "甘井子区人社局", "和平里社区")]),
    case("gai_cun_after_a_village_was_named_and_sent_there_by_a_department",
         ("南昌市青山湖区全力抗疫。",
          "区城管局包保该镇的顺外村,派出干部进驻该村。",
          "京东镇白云村驻村第一书记黄磊是省财政厅派驻该村的干部。"),
         found=[("SINKS_TO", "青山湖区城管局", "顺外村"), ("HOLDS_POST", "黄磊", "省财政厅"), ("SINKS_TO", "黄磊", "白云村")]),
    case("a_post_in_the_bare_community_is_in_the_community_just_named",
         ("陕西省西安市碑林区全力抗疫。", "区商务局副局长何志军下沉柏树林社区，担任社区防控专员。"),
         found=[("HOLDS_POST", "何志军", "柏树林社区"), ("SINKS_TO", "何志军", "柏树林社区")]),
    # short forms of a body named before
    case("the_bureau_referred_to_by_its_head_character",
         ("福州市鼓楼区全力抗疫。",
          "区财政局包保汤边社区,局党组书记、局长林峰带领党员干部进驻汤边社区。"),
         found=[("PAIRS_WITH", "鼓楼区财政局", "汤边社区"),
                ("HOLDS_POST", "林峰", "鼓楼区财政局党组"),
                ("SINKS_TO", "林峰", "汤边社区")]),
    case("the_committee_referred_to_by_its_head_character",
         ("西安市雁塔区全力抗疫。",
          "区发改委包联雁南社区,委党组书记、主任马骏带领26名干部进驻雁南社区。"),
         found=[("HOLDS_POST", "马骏", "雁塔区发改委党组"), ("SINKS_TO", "马骏", "雁南社区")]),
    case("a_short_form_repeats_the_named_body",
         ("武侯区开展工作。区财政局党支部结对帮扶,财政局派出20名党员下沉到锦城社区。",),
         found=[("SINKS_TO", "武侯区财政局", "锦城社区")]),
    # 区里, 村里 and 市里
    case("shi_li_in_a_districts_report_is_not_the_district",
         (LIUZHOU,
          "鱼峰区委组织部部长赵志刚介绍，"
          "市里第一时间印发《柳州市机关单位包联社区疫情防控工作方案》。"),
         not_found=[("ISSUED", "鱼峰区", "柳州市机关单位包联社区疫情防控工作方案")]),
    case("in_the_village_means_the_village_the_team_is_named_after",
         (ANSHUN, "桃坪村党总支书记李德明介绍，村里组建了桃坪村党员志愿服务队。"),
         found=[("ESTABLISHED", "桃坪村", "桃坪村党员志愿服务队")]),
    # class mentions that stand for a named one
    case("a_bare_temporary_branch_after_zai_place_is_that_places_branch",
         (WUHAN, "在体育馆方舱，临时党支部书记、区卫健局副局长林秀英带着医护人员连续奋战。"),
         found=[("HOLDS_POST", "林秀英", "体育馆方舱临时党支部"), ("LOCATED_IN", "体育馆方舱临时党支部", "体育馆方舱")]),
    case("a_branch_set_up_at_a_place_after_zai_is_that_places_branch",
         (GUANGZHOU, "昌岗街道在江南大道卡口设立临时党支部，由街道干部刘海任书记。"),
         found=[("HOLDS_POST", "刘海", "江南大道卡口临时党支部"),
                ("ESTABLISHED", "昌岗街道", "江南大道卡口临时党支部"),
                ("LOCATED_IN", "江南大道卡口", "昌岗街道")]),
    # a demonstrative and a head noun stand for the thing of that kind named last
    case("gai_ju_and_gai_shequ_are_the_bureau_and_the_community_named_before",
         (LIUZHOU, "白沙社区是区财政局的包联社区。该局组织20名党员干部下沉到该社区开展值守。"),
         found=[("PAIRS_WITH", "鱼峰区财政局", "白沙社区"), ("SINKS_TO", "鱼峰区财政局", "白沙社区")]),
    case("gai_yuan_is_the_hospital_named_before",
         (LIUZHOU, "柳州市人民医院派出医疗队支援白沙社区。该院党委还组建了党员突击队进驻白沙社区。"),
         found=[("SINKS_TO", "柳州市人民医院", "白沙社区")]),
    case("zhege_xiaoqu_is_the_community_named_before",
         (LIUZHOU, "白沙社区有居民3000余户。区财政局党员干部下沉这个小区后，协助开展排查。"),
         found=[("SINKS_TO", "鱼峰区财政局", "白沙社区")], not_named=[("Community", "小区")]),
    case("a_villager_after_gai_is_no_village",
         (LIUZHOU, "区财政局党员干部下沉白沙村。该村民主动送来物资。"),
         found=[("SINKS_TO", "鱼峰区财政局", "白沙村")]),
    case("a_pronoun_that_takes_a_post_in_a_later_clause",
         (LIUZHOU, "区财政局干部韦立新来到白沙社区。他每天协助社区开展核酸检测，并担任该社区临时党支部副书记。"),
         found=[("SINKS_TO", "韦立新", "白沙社区"), ("HOLDS_POST", "韦立新", "白沙社区临时党支部")]),
]


@pytest.mark.parametrize(("text", "expected"), BACKREFS)
def test_backrefs(text, expected):
    assert_extracted(text, **expected)


# ---------------------------------------------------------------- pronouns


def test_qita_is_no_pronoun_and_a_named_sinker_keeps_its_own_sinking():
    first = "县民政局的赵国强是一名老党员。"
    found = triples(ANSHUN, first + "其他干部下沉到穿洞社区。")
    assert ("SINKS_TO", "赵国强", "穿洞社区") not in found
    found = triples(ANSHUN, first + "3月1日，县财政局下沉到穿洞社区。")
    assert ("SINKS_TO", "普定县财政局", "穿洞社区") in found
    assert ("SINKS_TO", "赵国强", "穿洞社区") not in found


# ---------------------------------------------------------------- 该社区, 该村 and a bare 社区


def test_a_bare_shequ_with_two_communities_named_is_left_alone():
    got = triples("昆明市盘龙区全力抗疫。", "东风社区与红星社区相邻。区水务局干部进驻社区。")
    assert not any(t == "SINKS_TO" and o in ("东风社区", "红星社区") for t, _, o in got)


def test_a_community_body_named_by_its_kind_after_the_community():
    got = triples("昆明市五华区全力抗疫。", "在华山街道翠湖社区,社区党委书记杨雪带领网格员逐户排查。")
    assert ("HOLDS_POST", "杨雪", "翠湖社区党委") in got
    # many communities' committees are no one community's
    text = ("昆明市五华区全力抗疫。", "翠湖社区开展排查,各社区党委书记带头值守。")
    assert "翠湖社区党委" not in names(*text, label="PartyOrg")


# ---------------------------------------------------------------- 区里, 村里 and 市里


def test_the_district_said_as_qu_li_issues_and_adopts():
    found = triples(LIUZHOU, "“单位包社区，一个都不能漏。”鱼峰区委组织部部长赵志刚介绍，区里第一时间印发"
                             "《鱼峰区机关单位包联社区疫情防控工作方案》，实行“双联双包”制度，明确责任。")
    assert ("ISSUED", "鱼峰区", "鱼峰区机关单位包联社区疫情防控工作方案") in found
    assert ("ADOPTS", "鱼峰区", "双联双包制度") in found
    assert not any(t[0] in ("ISSUED", "ADOPTS") and t[1] == "鱼峰区委组织部" for t in found)


# ---------------------------------------------------------------- class mentions that stand for a named one


def test_a_class_mention_after_a_named_one_is_that_one_unless_plural():
    f = facts_of("阳光小区成立阳光小区临时党支部,临时党支部书记由张伟担任。各临时党支部加强联建。")
    names_ = [m.name for m, _ in f.mentions if m.label == "PartyOrg"]
    assert names_.count("阳光小区临时党支部") == 2
    assert "临时党支部" in names_


def test_a_branch_set_up_at_a_place_and_its_secretary():
    got = triples("陕西省西安市碑林区全力抗疫。", "区司法局党支部与鱼化寨社区党委结对共建。"
                  "鱼化寨社区核酸采样点设立了临时党支部，由社区党委副书记王蕾担任书记。")
    assert ("HOLDS_POST", "王蕾", "鱼化寨社区核酸采样点临时党支部") in got
    assert ("LOCATED_IN", "鱼化寨社区核酸采样点临时党支部", "鱼化寨社区核酸采样点") in got
    # Who set it up is not said: not the body the sentence before was about.
    assert not any(t == "ESTABLISHED" and s.startswith("碑林区司法局") for t, s, _ in got)


def test_a_bare_site_head_points_back_to_the_site_named_in_its_sentence():
    got = triples("河南省郑州市金水区全力抗疫。", "国基路街道的南阳路卡口由区交通局党员值守，区交通局干部赵磊担任卡口点长。")
    assert ("HOLDS_POST", "赵磊", "南阳路卡口") in got
    assert ("LOCATED_IN", "南阳路卡口", "国基路街道") in got
    # …but not across sentences: 卡口 alone in a later sentence stays a class mention
    got = triples("河南省郑州市金水区全力抗疫。", "国基路街道的南阳路卡口由党员值守。赵磊担任卡口点长。")
    assert ("HOLDS_POST", "赵磊", "南阳路卡口") not in got
    assert ("HOLDS_POST", "赵磊", "卡口") in got
