"""SINKS_TO: who goes down to, enters or is stationed at a community, village or site — 下沉, 进驻,
报到, 派驻, 驻村, 驻守, 赶赴 — persons, the bodies that send counted people or teams, and who does not go."""

import pytest

from .extract_helpers import (
    ANSHUN,
    GUANGZHOU,
    LIUZHOU,
    WUHAN,
    assert_extracted,
    case,
    facts_of,
    names,
    triples,
)

SINKING = [
    # persons who go
    case("staff_of_a_body_sinking_to_a_community",
         ("南京市江宁区全力抗疫。", "区人社局干部王磊下沉到东山街道竹山社区。"),
         found=[("SINKS_TO", "王磊", "竹山社区"), ("HOLDS_POST", "王磊", "江宁区人社局")]),
    case("a_list_of_introduced_persons_all_sink",
         ("上海市徐汇区全力抗疫。", "街道选派机关干部陈浩、刘洁、王斌下沉到梅陇三村居民区。"),
         found=[("SINKS_TO", "刘洁", "梅陇三村居民区"),
                ("SINKS_TO", "王斌", "梅陇三村居民区"),
                ("SINKS_TO", "陈浩", "梅陇三村居民区")]),
    case("the_leader_of_a_class_of_team_sinks_with_it",
         ("合肥市蜀山区全力抗疫。", "区人民医院副院长赵八带领医疗队进驻蜀山方舱医院。"),
         found=[("SINKS_TO", "赵八", "蜀山方舱医院"), ("HOLDS_POST", "赵八", "蜀山区人民医院")]),
    case("a_clause_opening_with_dailing_belongs_to_the_person_named_before",
         ("长春市南关区全力抗疫。",
          "区委常委、组织部部长赵刚任新华街道防控指挥部总指挥,"
          "当天即带领区委组织部机关干部进驻新华街道。"),
         found=[("SINKS_TO", "赵刚", "新华街道"), ("SINKS_TO", "南关区委组织部", "新华街道")]),
    case("a_relative_clause_of_sinking_before_the_person",
         (WUHAN, "“组织在身后，我们心里有底。”驻点到丹水池街道桂园社区的区统计局干部马文斌说。"),
         found=[("SINKS_TO", "马文斌", "桂园社区"), ("HOLDS_POST", "马文斌", "江岸区统计局")]),
    case("a_person_after_de_stationed_in_a_village_sinks_there",
         (ANSHUN, "县烟草发展中心的龙小平驻村柳树湾村担任第一书记。"),
         found=[("SINKS_TO", "龙小平", "柳树湾村"), ("HOLDS_POST", "龙小平", "普定县烟草发展中心")],
         named=[("Person", "龙小平"), ("Community", "柳树湾村")]),
    case("residents_serve_where_they_live",
         ("江宁区开展工作。家住翠竹园小区的区民政局科长张丽、区财政局科员李强报名参加志愿服务。",),
         found=[("SINKS_TO", "张丽", "翠竹园小区")]),
    # bodies and teams that go or send people
    case("a_medical_team_enters_a_cabin_hospital",
         ("武汉市江夏区全力抗疫。", "省人民医院医疗队进驻江夏方舱医院。"),
         found=[("SINKS_TO", "省人民医院医疗队", "江夏方舱医院")]),
    case("a_body_that_sends_a_class_of_team_sinks_with_it",
         ("长春市南关区全力抗疫。", "团市委组织青年突击队进驻东风社区。"),
         found=[("SINKS_TO", "团市委", "东风社区")]),
    case("a_party_body_sends_its_people_to_the_site_the_sentence_set_up",
         ("江苏省南京市浦口区全力抗疫。",
          "江浦街道将辖区内酒店改造为江浦街道集中隔离点，江浦街道党工委派驻9名机关党员，"
          "成立江浦街道集中隔离点临时党支部。"),
         found=[("SINKS_TO", "江浦街道党工委", "江浦街道集中隔离点"), ("ESTABLISHED", "江浦街道党工委", "江浦街道集中隔离点临时党支部")]),
    case("stationed_on_guard_at_a_checkpoint_is_sinking_there",
         (GUANGZHOU, "区委组织部派出3名干部驻守工业大道卡口。"),
         found=[("SINKS_TO", "海珠区委组织部", "工业大道卡口")]),
    case("a_bureau_sending_a_team_named_after_a_village_sinks_to_the_village",
         (ANSHUN, "县交通局派驻桃坪村工作队4人。"),
         found=[("SINKS_TO", "普定县交通局", "桃坪村"), ("LOCATED_IN", "桃坪村工作队", "桃坪村")]),
    case("a_party_committee_that_sends_teachers_into_a_village_sinks_there",
         (LIUZHOU, "柳州工学院党委派出20名党员教师进驻桃花村，挨家挨户摸排。"),
         found=[("SINKS_TO", "柳州工学院党委", "桃花村")]),
    case("a_bureau_whose_cadres_go_down_to_a_community_sinks_there",
         (LIUZHOU, "按照部署，区教育局的30名干部下沉到白沙社区，协助值守。"),
         found=[("SINKS_TO", "鱼峰区教育局", "白沙社区")]),
    case("a_bureau_whose_sent_cadres_work_in_the_opening_community_sinks_there",
         (LIUZHOU, "在荣军街道白沙社区，区民政局派出的15名党员干部与社区工作者一起值守卡口。"),
         found=[("SINKS_TO", "鱼峰区民政局", "白沙社区")]),
    # going verbs that end before the place, passives, stations
    case("a_going_verb_ending_in_a_name_character_is_no_part_of_the_place",
         (LIUZHOU, "作为下沉干部，韦立新每天早上7点准时到达白沙社区。"),
         found=[("SINKS_TO", "韦立新", "白沙社区")], named=[("Community", "白沙社区")]),
    case("a_person_sent_in_the_passive_sinks",
         (LIUZHOU, "区财政局干部韦立新被派往白沙社区，负责物资配送。"),
         found=[("SINKS_TO", "韦立新", "白沙社区"), ("HOLDS_POST", "韦立新", "鱼峰区财政局")]),
    case("duty_at_a_community_checkpoint_sinks_to_the_community_and_a_sent_cadre_keeps_the_body",
         (LIUZHOU, "疫情期间，区财政局下沉干部韦立新一直坚守在白沙社区卡口。"),
         found=[("SINKS_TO", "韦立新", "白沙社区"), ("HOLDS_POST", "韦立新", "鱼峰区财政局")]),
    case("the_body_that_selects_the_named_people_sinks_with_them",
         (LIUZHOU, "区财政局选派韦立新、覃美玲进驻白沙社区，协助开展排查。"),
         found=[("SINKS_TO", "鱼峰区财政局", "白沙社区"), ("SINKS_TO", "韦立新", "白沙社区"),
                ("SINKS_TO", "覃美玲", "白沙社区")]),
    case("a_list_of_places_goes_on_after_a_semicolon_with_its_own_town",
         (LIUZHOU, "区教育局组织教师下沉到荣军街道东关村、西关村；白沙镇南街村、北街村。"),
         found=[("SINKS_TO", "鱼峰区教育局", "东关村"), ("SINKS_TO", "鱼峰区教育局", "西关村"),
                ("SINKS_TO", "鱼峰区教育局", "南街村"), ("SINKS_TO", "鱼峰区教育局", "北街村"),
                ("LOCATED_IN", "北街村", "白沙镇")]),
    case("a_clause_with_a_verb_after_the_semicolon_ends_the_list",
         (LIUZHOU, "区教育局组织教师下沉到东关村；白沙镇南街村也积极行动。"),
         found=[("SINKS_TO", "鱼峰区教育局", "东关村")],
         not_found=[("SINKS_TO", "鱼峰区教育局", "南街村")]),
    case("working_together_with_a_community_is_no_going_there",
         ("杭州市西湖区全力抗疫。", "区税务局党员干部与翠苑社区开展防疫工作。"),
         found=[], not_found=[("SINKS_TO", "西湖区税务局", "翠苑社区")]),
]


@pytest.mark.parametrize(("text", "expected"), SINKING)
def test_sinking(text, expected):
    assert_extracted(text, **expected)


# ---------------------------------------------------------------- persons who go


def test_affiliation_and_sinking_with_a_date():
    f = facts_of("松江区退役军人事务局的陆海峰,3月31日下沉到中山街道郭家娄居民区后协助开展工作。")
    rels = {(r.type, r.source.name, r.target.name): r for sf in f.sentences for r in sf.relations}
    assert ("HOLDS_POST", "陆海峰", "松江区退役军人事务局") in rels
    sink = rels[("SINKS_TO", "陆海峰", "郭家娄居民区")]
    assert sink.properties["date"] == "3月31日" and sink.rule == "subject_cue_place"


def test_guarding_a_checkpoint_is_no_site_and_the_quoted_speaker_does_not_sink():
    text = (WUHAN, "百步亭社区党委书记李红梅说，下沉干部和居民一起搬物资、守卡口，群众很安心。")
    assert not any(n.startswith("守") for n in names(*text, label="Site"))
    assert not any(t == "SINKS_TO" and s == "李红梅" for t, s, _ in triples(*text))


# ---------------------------------------------------------------- bodies and teams that go or send people


def test_units_listed_before_jiedui_danwei_report_to_the_community():
    got = triples("株洲市芦淞区全力抗疫。", "“人手远远不够。”靠社区干部撑不住。",
                  "麓枫街道东风社区党委书记、居委会主任李红介绍,8月10日,区发改局、区水务局等4个结对单位的党员干部先后到社区报到。")
    assert ("SINKS_TO", "芦淞区发改局", "东风社区") in got
    assert ("SINKS_TO", "芦淞区水务局", "东风社区") in got
    # 结对单位 is a noun (the units twinned with it); the verb stated is 报到.
    assert not any(t == "TWINNED_WITH" for t, _, _ in got)


def test_residents_counted_after_a_body_do_not_make_it_sink():
    found = triples(LIUZHOU, "区教育局的30名居民下沉到白沙社区，协助值守。")
    assert not any(t[0] == "SINKS_TO" and t[1] == "鱼峰区教育局" for t in found)


def test_a_bureau_in_a_sentence_opening_with_a_subdistrict_does_not_sink_to_it():
    found = triples(LIUZHOU, "在荣军街道，区民政局派出的15名党员干部与社区工作者一起值守卡口。")
    assert not any(t[0] == "SINKS_TO" and t[1] == "鱼峰区民政局" for t in found)


# ---------------------------------------------------------------- places before a sender; paragraph sites


def test_places_written_before_a_sender_need_the_you_construction():
    """对于A和B两个隔离点,由区委组织部派驻…: the places come first only after 由."""
    got = triples("思明区开展工作。湖滨社区与区税务局党委结对共建,税务局选派12名党员组建志愿服务队。")
    assert not any(t == "SINKS_TO" for t, _, _ in got)


def test_the_paragraph_site_is_meant_only_when_the_clause_names_nothing():
    got = triples("某区全力抗疫。申港路集中隔离治疗点交由佘山镇接管。区体育局等部门纷纷加入,张伟加入党员突击队。")
    assert ("SINKS_TO", "某区体育局", "申港路集中隔离治疗点") in got or ("SINKS_TO", "区体育局", "申港路集中隔离治疗点") in got
    assert not any(t == "SINKS_TO" and s == "张伟" for t, s, _ in got)
