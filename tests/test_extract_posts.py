"""HOLDS_POST: who holds which post in which body — post titles before a name (several joined by 、),
bare titles that belong to a body named nearby, posts taken in a later clause (担任, 任), and persons
introduced by their unit (X的Y, X选派的Y) or by an apposition."""

import pytest

from .extract_helpers import (
    ANSHUN,
    BAOTOU,
    CHENGDU,
    GUANGZHOU,
    LIUZHOU,
    NANNING,
    ZHUZHOU,
    assert_extracted,
    case,
    entities,
    facts_of,
    names,
    triples,
)

POSTS = [
    # titles before a name, several joined by 、
    case("a_department_post_after_a_committee_post_is_in_that_committees_department",
         ("陕西省西安市碑林区全力抗疫。", "长乐坊街道党工委委员、武装部部长杜明担任书记。"),
         found=[("HOLDS_POST", "杜明", "长乐坊街道党工委"), ("HOLDS_POST", "杜明", "长乐坊街道党工委武装部")]),
    case("posts_in_a_community_and_its_residents_committee",
         ("江宁区开展工作。"
          "东山街道百家湖社区党委书记、居委会主任钱晓红组织32名党员成立“百家湖先锋”党员突击队。",),
         found=[("HOLDS_POST", "钱晓红", "百家湖社区居委会"),
                ("HOLDS_POST", "钱晓红", "东山街道百家湖社区党委"),
                ("ESTABLISHED", "钱晓红", "百家湖先锋党员突击队")]),
    case("two_posts_in_one_sentence",
         ("临汾市全力抗疫。市行政审批服务管理局副局长任泰成担任仕林苑小区干部下沉工作组组长。",),
         found=[("HOLDS_POST", "任泰成", "临汾市行政审批服务管理局"),
                ("HOLDS_POST", "任泰成", "仕林苑小区干部下沉工作组"),
                ("SINKS_TO", "任泰成", "仕林苑小区")]),
    case("a_stationed_post_title_still_names_the_post_and_the_village",
         (ANSHUN, "马官镇桃坪村驻村第一书记周成林是省水利厅选派的干部。"),
         found=[("HOLDS_POST", "周成林", "桃坪村"), ("SINKS_TO", "周成林", "桃坪村")]),
    # bare titles: the body named nearby
    case("a_body_set_up_with_its_leader_named_in_a_frame",
         ("福州市鼓楼区全力抗疫。", "洪山镇成立由镇党委书记黄强任组长的洪山镇防疫督查小组。"),
         found=[("HOLDS_POST", "黄强", "洪山镇防疫督查小组"), ("HOLDS_POST", "黄强", "洪山镇党委")],
         not_found=[("ESTABLISHED", "洪山镇", "洪山镇党委")]),
    case("a_bare_title_goes_to_the_site_named_earlier_in_the_sentence",
         ("杭州市西湖区全力抗疫。",
          "当天,北山街道接管龙泉宾馆隔离点,北山街道党工委副书记周明担任点长。"),
         found=[("HOLDS_POST", "周明", "龙泉宾馆隔离点"), ("TAKES_OVER", "北山街道", "龙泉宾馆隔离点")]),
    case("a_verb_inside_a_post_title_does_not_break_it",
         ("沈阳市和平区全力抗疫。",
          "此前,体育馆方舱医院已由和平区接管,区卫健局副局长钱伟担任方舱医院院区总协调。"),
         found=[("HOLDS_POST", "钱伟", "体育馆方舱医院")]),
    case("a_site_chief_named_in_a_later_clause_heads_the_site_entered_before",
         (NANNING,
          "青秀区委组织部副部长韦正清带领10名机关干部进驻南湖公园核酸检测点,担任点长,"
          "每天组织采样。"),
         found=[("HOLDS_POST", "韦正清", "南湖公园核酸检测点"), ("HOLDS_POST", "韦正清", "青秀区委组织部")]),
    case("a_bare_team_title_opening_the_next_sentence_is_a_post_in_the_team",
         (LIUZHOU,
          "在荣军街道，“荣军红”志愿服务队的队员们每天巡查。队长赵秀兰今年60岁，是一名老党员。"),
         found=[("HOLDS_POST", "赵秀兰", "荣军红志愿服务队")]),
    case("the_team_of_another_paragraph_is_not_meant",
         (LIUZHOU,
          "在荣军街道，“荣军红”志愿服务队的队员们每天巡查。",
          "队长赵秀兰今年60岁，是一名老党员。"),
         not_found=[("HOLDS_POST", "赵秀兰", "荣军红志愿服务队")]),
    case("team_title_then_a_description_then_the_name",
         (LIUZHOU,
          "在荣军街道白沙社区，一支由退役军人组成的“白沙尖兵”党员突击队格外引人注目。"
          "突击队队长、退役军人孙海涛带领队员值守卡口。"),
         found=[("HOLDS_POST", "孙海涛", "白沙尖兵党员突击队")]),
    case("a_post_in_a_body_defined_by_its_leader_even_with_a_class_word_name",
         ("长沙市天心区全力抗疫。", "由区民政局副局长赵敏担任组长的隔离管理工作专班,每天调度车辆。"),
         found=[("HOLDS_POST", "赵敏", "隔离管理工作专班"), ("HOLDS_POST", "赵敏", "天心区民政局")]),
    case("yi_name_wei_title_de_body_is_a_post_in_that_body",
         ("南昌市青山湖区全力抗疫。", "区委成立以区委副书记周斌为组长的社区防控工作专班。"),
         found=[("HOLDS_POST", "周斌", "社区防控工作专班"), ("ESTABLISHED", "青山湖区委", "社区防控工作专班")]),
    # a post taken in a later clause (担任, 任)
    case("a_clause_opening_with_danren_belongs_to_the_acting_person",
         (CHENGDU,
          "区交通运输局局长郑伟带领36名党员干部进驻红牌楼社区，"
          "担任红牌楼社区封控区临时党支部书记。"),
         found=[("HOLDS_POST", "郑伟", "红牌楼社区封控区临时党支部"), ("SINKS_TO", "郑伟", "红牌楼社区")]),
    # persons introduced by unit or apposition
    case("a_name_then_its_post_as_an_apposition",
         ("合肥市蜀山区全力抗疫。", "张三,笔架山街道井岗社区党委书记,连续30天吃住在社区。"),
         found=[("HOLDS_POST", "张三", "笔架山街道井岗社区党委")]),
    case("the_body_that_sent_a_person_is_an_affiliation_and_zhucun_means_stationed",
         ("长沙市望城区全力抗疫。",
          "乔口镇团山村驻村第一书记李明是省农业农村厅选派的干部,他和村“两委”一道巡查。",
          "湖南大学选派的干部周军也在村里。"),
         found=[("HOLDS_POST", "李明", "省农业农村厅"),
                ("HOLDS_POST", "李明", "团山村"),
                ("SINKS_TO", "李明", "团山村"),
                ("HOLDS_POST", "周军", "湖南大学")]),
    case("a_staff_word_after_de_still_ties_the_person_to_the_unit",
         (ZHUZHOU, "荷塘区城管局的党员干部钟新民，3月2日下沉到桂花社区后，主动认领了排查任务。"),
         found=[("HOLDS_POST", "钟新民", "荷塘区城管局"), ("SINKS_TO", "钟新民", "桂花社区")]),
    # lists of titled persons, appointments with 挂职 and 同志, a body in brackets
    case("listed_titled_persons_after_one_body_all_hold_posts_there_and_all_sink",
         (LIUZHOU, "区财政局预算股股长韦立新、副股长覃美玲、科员黄海一起下沉白沙社区。"),
         found=[("HOLDS_POST", "韦立新", "鱼峰区财政局"), ("HOLDS_POST", "覃美玲", "鱼峰区财政局"),
                ("HOLDS_POST", "黄海", "鱼峰区财政局"), ("SINKS_TO", "韦立新", "白沙社区"),
                ("SINKS_TO", "覃美玲", "白沙社区"), ("SINKS_TO", "黄海", "白沙社区")]),
    case("a_comrade_holding_a_post_on_secondment",
         (LIUZHOU, "韦立新同志挂职白沙社区党委副书记，负责社区防疫工作。"),
         found=[("HOLDS_POST", "韦立新", "白沙社区党委")],
         named=[("PartyOrg", "白沙社区党委")], not_named=[("PartyOrg", "挂职白沙社区党委")]),
    case("a_body_in_brackets_after_a_person_says_who_they_are_and_does_not_act",
         (LIUZHOU, "韦立新(区财政局副局长)带队进驻白沙社区。"),
         found=[("HOLDS_POST", "韦立新", "鱼峰区财政局"), ("SINKS_TO", "韦立新", "白沙社区")],
         not_found=[("SINKS_TO", "鱼峰区财政局", "白沙社区")]),
]


@pytest.mark.parametrize(("text", "expected"), POSTS)
def test_posts(text, expected):
    assert_extracted(text, **expected)


# ---------------------------------------------------------------- titles before a name, several joined by 、


def test_a_committee_post_and_a_department_post_joined_by_dun_comma():
    got = triples("长春市朝阳区全力抗疫。", "区委常委、宣传部部长王海任桂林路街道防控指挥部总指挥。")
    assert ("HOLDS_POST", "王海", "朝阳区委") in got
    assert ("HOLDS_POST", "王海", "朝阳区委宣传部") in got
    got = triples("太原市全力抗疫。", "市委常委、组织部部长赵强到许坦社区调研。")
    assert ("HOLDS_POST", "赵强", "太原市委组织部") in got


def test_post_titles_joined_by_dun_comma():
    got = triples("侯马市司法局党组成员、工会主席付崇吉作为老兵冲在前。")
    assert any(t == "HOLDS_POST" and s == "付崇吉" and o.startswith("侯马市司法局") for t, s, o in got)
    got = triples("阳光小区临时党支部书记、市人民医院党支部书记王丽华组织志愿者。")
    assert ("HOLDS_POST", "王丽华", "阳光小区临时党支部") in got
    assert ("HOLDS_POST", "王丽华", "市人民医院党支部") in got


def test_a_village_first_secretary_and_community_posts():
    got = triples("成都市郫都区全力抗疫。", "荷花池村驻村第一书记张伟每天走访农户。")
    assert ("HOLDS_POST", "张伟", "荷花池村") in got
    got = triples("成都市武侯区全力抗疫。", "玉林社区党委书记、居委会主任王芳带领居民参与防控。")
    assert ("HOLDS_POST", "王芳", "玉林社区党委") in got
    assert ("HOLDS_POST", "王芳", "玉林社区居委会") in got


def test_a_party_group_post_and_the_bureau_post_after_it():
    f = facts_of("郑州市金水区全力抗疫。", "区财政局党组书记、局长赵海涛包保丰产路街道农科社区。")
    posts = {(r.target.name, r.properties["title"]) for sf in f.sentences for r in sf.relations
             if r.type == "HOLDS_POST"}
    assert ("金水区财政局党组", "书记") in posts
    assert ("金水区财政局", "局长") in posts
    assert ("PAIRS_WITH", "赵海涛", "农科社区") in triples("郑州市金水区全力抗疫。", "区财政局党组书记、局长赵海涛包保丰产路街道农科社区。")


def test_staff_titles_and_two_character_verbs_opening_with_a_preposition():
    text = ("合肥市蜀山区全力抗疫。", "井岗社区下沉干部、区统计局科员周敏主动请缨。")
    assert ("HOLDS_POST", "周敏", "蜀山区统计局") in triples(*text)
    text = ("合肥市蜀山区全力抗疫。", "三里庵街道对接安徽大学、合肥工业大学等高校。")
    assert "安徽大学" in names(*text, label="Unit")


# ---------------------------------------------------------------- bare titles: the body named nearby


def test_a_bare_title_belongs_to_the_fitting_body_set_up_in_the_sentence():
    got = triples("长沙市岳麓区全力抗疫。", "成立莲花镇疫情防控指挥部,由区卫健局副局长邝志远担任总指挥。")
    assert ("HOLDS_POST", "邝志远", "莲花镇疫情防控指挥部") in got
    assert ("HOLDS_POST", "邝志远", "岳麓区卫健局") in got
    # a 组长 leads a group, not a command post: better no edge than a wrong one
    got = triples("长沙市岳麓区全力抗疫。", "成立莲花镇疫情防控指挥部,由区卫健局副局长邝志远担任组长。")
    assert ("HOLDS_POST", "邝志远", "莲花镇疫情防控指挥部") not in got


def test_a_bare_title_opening_a_clause_belongs_to_the_body_it_names():
    got = triples("长春市南关区全力抗疫。", "区住建局与富裕街道平阳社区结对包联,局长苏建国带领局机关党员承包了平阳社区8个网格。")
    assert ("HOLDS_POST", "苏建国", "南关区住建局") in got
    assert ("TWINNED_WITH", "南关区住建局", "平阳社区") in got
    # a 局长 is no post in a 医院
    got = triples("长春市南关区全力抗疫。", "区人民医院派出医疗队,局长苏建国带队。")
    assert not any(t == "HOLDS_POST" and src == "苏建国" for t, src, _ in got)


def test_the_head_of_a_work_team_named_before_holds_a_post_in_it():
    found = triples(LIUZHOU, "区里从区直机关选派10名干部进驻隔离点，组建“隔离点保障专班”，负责物资保障。"
                             "专班负责人、区民政局党委委员赵秀兰说：“我们第一时间响应。”")
    assert any(t[0] == "HOLDS_POST" and t[1] == "赵秀兰" and t[2].endswith("隔离点保障专班") for t in found)


def test_a_team_title_that_does_not_fit_the_team_gives_no_post():
    found = triples(LIUZHOU, "区里组建“隔离点保障专班”，负责物资保障。专班队长、退役军人赵秀兰带领队员值守。")
    assert not any(t[0] == "HOLDS_POST" and t[1] == "赵秀兰" and t[2].endswith("专班") for t in found)


# ---------------------------------------------------------------- a post taken in a later clause (担任, 任)


def test_a_clause_opening_with_danren_is_not_given_to_a_person_met_on_the_way():
    got = triples(CHENGDU, "区财政局派出21名党员干部，与玉林社区党委书记王芳一起，担任楼栋长。")
    assert not any(t == "HOLDS_POST" and s == "王芳" and o != "玉林社区党委" for t, s, o in got)


def test_a_clause_opening_with_ren_starts_no_name_and_gives_the_post():
    text = (GUANGZHOU, "区水务局副局长冯建国带队进驻翠竹小区，任翠竹小区临时党支部书记。")
    got = triples(*text)
    assert ("HOLDS_POST", "冯建国", "翠竹小区临时党支部") in got
    assert not any(n.startswith("任") for _, n in entities(*text))


def test_an_adverb_between_the_name_and_danren():
    got = triples("大连市甘井子区全力抗疫。", "80岁的老党员刘万福主动担任和平里小区5号楼楼长。")
    assert any(t == "HOLDS_POST" and s == "刘万福" and o.startswith("和平里小区") for t, s, o in got)


def test_a_building_post_taken_after_sinking_is_held_in_that_community():
    text = (BAOTOU, "昆都仑区民政局干部张晓峰下沉到少先路街道友谊社区后,主动担任8号楼楼栋长。")
    found = triples(*text)
    assert ("HOLDS_POST", "张晓峰", "友谊社区") in found
    assert ("SINKS_TO", "张晓峰", "友谊社区") in found
    assert not any(t == "HOLDS_POST" and "8号楼" in o for t, _, o in found)


def test_a_building_post_without_a_community_named_gives_no_post_in_a_community():
    found = triples(BAOTOU, "昆都仑区民政局干部张晓峰主动担任8号楼楼栋长。")
    assert not any(t == "HOLDS_POST" and o.endswith("社区") for t, _, o in found)


def test_a_post_taken_right_after_being_stationed_is_held_in_the_village():
    found = triples(ANSHUN, "县烟草发展中心的龙小平驻村柳树湾村担任第一书记。")
    assert ("HOLDS_POST", "龙小平", "柳树湾村") in found
    # A task is no post.
    found = triples(ANSHUN, "县烟草发展中心的龙小平驻村柳树湾村担任排查任务。")
    assert ("HOLDS_POST", "龙小平", "柳树湾村") not in found


# ---------------------------------------------------------------- persons introduced by unit or apposition


def test_body_de_title_name_and_a_quoted_speaker_is_not_the_doer():
    got = triples("思明区开展工作。区卫健局的医生郑美玲,4月28日下沉到开元街道湖滨社区。")
    assert ("HOLDS_POST", "郑美玲", "思明区卫健局") in got
    got = triples("思明区开展工作。鹭江街道党工委书记黄志强介绍,街道成立了“鹭江先锋”党员突击队。")
    assert ("ESTABLISHED", "黄志强", "鹭江先锋党员突击队") not in got
    assert ("ESTABLISHED", "鹭江街道党工委", "鹭江先锋党员突击队") in got
