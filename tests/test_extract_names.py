"""Where a mention starts and ends, and what it is: persons after a post title or a word for what they
are (with names of two to five characters, and the verbs, adverbs and conjunctions that end them or
only look like them), organisations and teams (grown over modifiers, level-prefixed, listed), generic
class mentions against specific names, and lists of bare names that share one head."""

import pytest

from kb.extract.entities import find_mentions

from .extract_helpers import (
    ANSHUN,
    BAOTOU,
    CHENGDU,
    GUANGZHOU,
    KASHGAR,
    LIUZHOU,
    WUHAN,
    XINING,
    assert_extracted,
    case,
    entities,
    mention_names,
    names,
    triples,
)

NAMES = [
    # persons after a post title
    case("a_class_of_people_before_danren_is_no_person",
         ("南京市江宁区全力抗疫。", "竹山社区实行“楼长制”,由党员担任楼长。"),
         exactly={"Person": set()}),
    case("speech_verbs_end_a_name",
         ("武侯区委书记李强表示,要把党支部建在一线。",),
         found=[("HOLDS_POST", "李强", "武侯区委")]),
    case("a_name_after_a_title_ends_before_a_verb_of_leading",
         (WUHAN, "在体育馆方舱，区卫健局副局长林秀英带着医护人员连续奋战二十天。"),
         found=[("HOLDS_POST", "林秀英", "江岸区卫健局")],
         exactly={"Person": {"林秀英"}}),
    # 局党组 is the bureau named in the sentence before; 局长 is a post in the bureau itself.
    case("a_surname_that_is_also_a_conjunction_starts_a_name_after_a_title",
         ("昆明市盘龙区全力抗疫。",
          "在金星社区,区民政局挂点联系该社区。局党组书记、局长和国庆带领15名党员干部进驻社区。"),
         found=[("HOLDS_POST", "和国庆", "盘龙区民政局"), ("HOLDS_POST", "和国庆", "盘龙区民政局党组")],
         named=[("Person", "和国庆")]),
    case("the_conjunction_after_a_title_still_joins_words",
         ("昆明市盘龙区全力抗疫。",
          "社区党委书记和大家一起值守,局长和副局长带队巡查,主任和他的同事连夜赶到。"
          "社区书记和同事们连夜值守,主任和村民一起搬运物资,站长和医护人员坚守岗位。"),
         exactly={"Person": set()}),
    case("introduced_persons_end_cleanly_or_not_at_all",
         ("长春市南关区全力抗疫。",
          "由社区党委副书记吕春梅、下沉干部宋晓光、退役军人何峰分别担任书记。"),
         exactly={"Person": {"吕春梅", "宋晓光", "何峰"}}),
    # adverbs after a name
    case("an_adverb_after_a_two_character_name_ends_it",
         ("合肥市蜀山区全力抗疫。", "社区书记王芳和网格员李丽一起上门排查。"),
         exactly={"Person": {"王芳", "李丽"}}),
    case("a_two_character_name_before_an_adverb_and_verb",
         (LIUZHOU, "区委组织部副部长孙涛便下沉到白沙社区，协助开展排查。"),
         named=[("Person", "孙涛")],
         not_named=[("Person", "孙涛便")]),
    # 则 is read as a given-name character when no person's verb follows it.
    case("an_adverb_character_without_a_persons_verb_stays_in_the_name",
         (LIUZHOU, "社区书记刘则说，群众很支持。"),
         named=[("Person", "刘则")]),
    case("adverbs_before_a_speech_verb_name_no_one",
         (XINING,
          "社区党委书记深有感触地说。",
          "街道党工委书记接受采访时说。",
          "局长李海涛分别带领干部巡查。",
          "干部张丽其实说。"),
         exactly={"Person": {"李海涛", "张丽"}}),
    # names that are not surname + 1–2
    case("a_tibetan_name_after_a_title_ends_before_a_speech_verb",
         (XINING, "城中区卫健局副局长次仁多吉介绍,全区已完成两轮核酸检测。"),
         found=[("HOLDS_POST", "次仁多吉", "城中区卫健局")],
         named=[("Person", "次仁多吉")]),
    case("a_long_name_after_a_committee_title_leads_and_sinks",
         (XINING, "南滩街道党工委书记阿依古丽带领党员下沉到南山社区。"),
         found=[("HOLDS_POST", "阿依古丽", "南滩街道党工委"), ("SINKS_TO", "阿依古丽", "南山社区")]),
    case("a_uyghur_name_after_a_title_ends_before_leading",
         (KASHGAR, "喀什市人民医院党委书记买买提江带领医疗队连续奋战。"),
         named=[("Person", "买买提江")]),
    case("a_name_with_qi_inside_wins_over_its_first_two_characters",
         (BAOTOU, "昆都仑区民政局干部乌云其其格下沉到友谊社区。"),
         exactly={"Person": {"乌云其其格"}}),
    # organisations and teams
    case("level_prefixed_bodies_belong_to_the_article_region",
         ("宝山区筑牢抗疫防线。宝山区多措并举。由区委组织部派驻干部。",),
         named=[("Unit", "宝山区委组织部")]),
    case("a_group_head_inside_organising_is_no_head",
         ("沈阳市沈河区全力搭建疫情防控组织防线。",),
         exactly={"Team": set()}),
    case("a_team_named_after_what_it_does_keeps_baobao",
         ("郑州市中原区全力抗疫。", "区水务局副局长陈亮担任红星社区包保工作组组长。"),
         found=[("HOLDS_POST", "陈亮", "红星社区包保工作组")]),
    case("a_team_named_for_being_stationed_keeps_its_name_and_sinks",
         (ANSHUN, "县水利局驻村工作队进驻桃坪村。"),
         found=[("SINKS_TO", "普定县水利局驻村工作队", "桃坪村")],
         named=[("Team", "普定县水利局驻村工作队")]),
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_names(text, expected):
    assert_extracted(text, **expected)


# ---------------------------------------------------------------- persons after a post title


def test_person_after_a_post_title_and_before_a_role():
    assert "程向民" in mention_names("松江区委书记程向民说:“越是困难的时候。", "Person")
    assert "张晓东" in mention_names("张晓东担任幸福里小区临时党支部书记。", "Person")
    assert mention_names("全区党员干部积极参与。", "Person") == set()


def test_a_name_before_ren_ends_there_and_the_verb_starts_no_place():
    text = ("长春市朝阳区全力抗疫。", "区委常委、宣传部部长王海任桂林路街道防控指挥部总指挥。")
    got = triples(*text)
    assert names(*text, label="Person") == {"王海"}
    assert "桂林路街道" in names(*text, label="Region")
    assert not any(n.startswith(("任", "海任")) for _, n in entities(*text))
    assert ("HOLDS_POST", "王海", "桂林路街道防控指挥部") in got


def test_a_two_character_name_before_danren_and_no_function_word_in_a_name():
    text = ("长沙市岳麓区全力抗疫。", "区卫健局成立“岳麓先锋”突击队,由王芳担任队长。")
    assert names(*text, label="Person") == {"王芳"}
    assert ("HOLDS_POST", "王芳", "岳麓先锋突击队") in triples(*text)
    text = ("长沙市岳麓区全力抗疫。", "区卫健局成立“岳麓先锋”突击队,由邝志远任队长。")
    assert names(*text, label="Person") == {"邝志远"}


def test_verbs_of_what_people_do_are_not_part_of_a_site():
    text = ("长沙市岳麓区全力抗疫。", "莲花镇党委副书记、镇长陈明带队巡查卡口。")
    assert names(*text, label="Person") == {"陈明"}
    assert ("HOLDS_POST", "陈明", "莲花镇党委") in triples(*text)
    assert not any("陈明" in n for n in names(*text, label="Site"))


def test_zuozhen_is_a_verb_not_a_town_named_after_a_person():
    text = (WUHAN, "万松街道党工委书记高建平坐镇一线指挥。")
    assert names(*text, label="Person") == {"高建平"}
    assert not any("坐镇" in n for n in names(*text, label="Region"))
    assert ("HOLDS_POST", "高建平", "万松街道党工委") in triples(*text)


def test_words_after_a_post_title_that_only_look_like_names():
    for sentence in ("街道党工委书记靠前指挥,局长全程督导。", "由区卫健局局长任组长,分管副局长任副组长。",
                     "各社区书记任网格长。", "区委书记高度重视。", "社区主任常常工作到深夜。",
                     "社区书记马上组织党员。", "主任周密部署。"):
        assert names("武汉市洪山区全力抗疫。", sentence, label="Person") == set(), sentence
    # real names after a title still count, whatever verb follows
    assert names("武汉市洪山区全力抗疫。", "司法局党组成员、工会主席付崇吉作为老兵冲在前。", label="Person") == {"付崇吉"}
    assert names("武汉市洪山区全力抗疫。", "社区书记王建国第一时间赶到现场。", label="Person") == {"王建国"}


def test_a_name_after_a_title_may_be_followed_by_an_ordinary_verb():
    got = triples("武汉市洪山区全力抗疫。", "东湖社区党委书记张敏和西湖社区党委书记李强分别带队。")
    assert ("HOLDS_POST", "李强", "西湖社区党委") in got and ("HOLDS_POST", "张敏", "东湖社区党委") in got
    got = triples("武汉市洪山区全力抗疫。", "市委组织部部长李明到东湖社区调研,区委书记王伟陪同。")
    assert ("HOLDS_POST", "王伟", "洪山区委") in got and ("HOLDS_POST", "李明", "武汉市委组织部") in got
    assert names("武汉市洪山区全力抗疫。", "党员干部任劳任怨,组长安排好每天的任务。", label="Person") == set()


def test_persons_introduced_by_what_they_are_only_when_the_name_ends_cleanly():
    assert mention_names("社区党员张晓东来报名。", "Person") == set()  # the name does not end cleanly
    assert mention_names("社区党员张晓东主动报名。", "Person") == {"张晓东"}  # a verb (主动) ends it
    assert mention_names("老党员马德华说,我们要坚持。", "Person") == {"马德华"}
    assert mention_names("王刚同志带头冲锋。", "Person") == {"王刚"}
    assert mention_names("全区党员干部参与防控,动态掌握8万居民信息,志愿者万余人参与。", "Person") == set()


# ---------------------------------------------------------------- adverbs after a name


def test_an_adverb_before_a_persons_verb_ends_the_name():
    text = (LIUZHOU, "区民政局党组成员、副局长赵志刚则带着6名党员，派驻到荣军社区的集中隔离点。")
    people = names(*text, label="Person")
    assert "赵志刚" in people
    assert "赵志刚则" not in people
    found = triples(*text)
    assert ("SINKS_TO", "赵志刚", "荣军社区") in found
    assert not any(src.endswith("则") for _, src, _ in found)


def test_no_long_name_from_an_adverb_before_a_person_verb():
    # 第一时间 and 亲自 are what the post holder does, not a name.
    text = (XINING, "社区党委书记第一时间带领党员上门。", "街道党工委书记亲自带领干部下沉。")
    people = names(*text, label="Person")
    assert not any("第一时间" in p or "亲自" in p for p in people)


# ---------------------------------------------------------------- names that are not surname + 1–2


def test_a_mongolian_name_after_a_staff_word_sinks_and_the_unit_does_not():
    text = (BAOTOU, "昆都仑区民政局干部阿拉坦仓下沉到少先路街道友谊社区后,主动担任楼栋长。")
    assert "阿拉坦仓" in names(*text, label="Person")
    found = triples(*text)
    assert ("SINKS_TO", "阿拉坦仓", "友谊社区") in found
    # The unit the person works for does not go itself.
    assert not any(t == "SINKS_TO" and "民政局" in s for t, s, _ in found)
    assert ("HOLDS_POST", "阿拉坦仓", "昆都仑区民政局") in found


# ---------------------------------------------------------------- organisations and teams


def test_head_nouns_grow_over_modifiers_and_stop_at_verbs():
    ms = find_mentions("由区委组织部派驻正处级干部担任临时党支部书记。")
    assert ("Unit", "区委组织部") in {(m.label, m.name) for m in ms}
    branch = next(m for m in ms if m.label == "PartyOrg" and m.name == "临时党支部")
    assert branch.generic


def test_names_built_from_names_keep_their_parts():
    team = next(m for m in find_mentions("庙行镇智选假日酒店隔离点临时党支部党员先锋队队长杨容以身作则。")
                if m.label == "Team")
    assert team.name == "庙行镇智选假日酒店隔离点临时党支部党员先锋队"
    assert [p.name for p in team.parts][-1] == "庙行镇智选假日酒店隔离点临时党支部"
    assert not team.generic


def test_a_verb_before_a_level_prefixed_body_is_not_part_of_it():
    text = ("成都市郫都区全力抗疫。", "经区委组织部研究,选派一批干部。")
    assert "郫都区委组织部" in names(*text, label="Unit")
    assert not any(n.startswith("经") for _, n in entities(*text))


def test_agency_names_joined_by_he_and_a_region_written_once_for_a_list():
    got = entities("茂名市全力抗疫。茂南区审计局、司法局、人力资源和社会保障局等组织党员参加。")
    assert {("Unit", "茂南区司法局"), ("Unit", "茂南区人力资源和社会保障局")} <= got


def test_items_of_a_list_closed_by_deng_danwei_are_bodies_even_without_a_known_head():
    text = (CHENGDU, "玉林街道组织辖区内中国中铁二局、四川广电网络、成都大学等驻区单位党员组建“武侯先锋”突击队。")
    units = names(*text, label="Unit")
    assert {"四川广电网络", "成都大学"} <= units
    assert not any(n.startswith("辖区内") for n in units)
    assert ("ESTABLISHED", "玉林街道", "武侯先锋突击队") in triples(*text)
    # a list of work (消杀、转运等任务) names no bodies
    assert not names(CHENGDU, "队员承担入户登记、消杀转运、物资配送等任务。", label="Unit")


def test_a_hospital_named_central_and_a_civil_affairs_bureau():
    text = ("上海市徐汇区全力抗疫。", "徐汇区中心医院医疗队进驻凌云街道核酸采样点。")
    assert "徐汇区中心" not in names(*text, label="Unit")
    got = triples("上海市徐汇区全力抗疫。", "康健街道成立寿祥坊居民区临时党支部,由下沉干部、区民政局干部沈佳任书记。")
    assert ("HOLDS_POST", "沈佳", "寿祥坊居民区临时党支部") in got
    assert ("HOLDS_POST", "沈佳", "徐汇区民政局") in got


# ---------------------------------------------------------------- words at the edge of a place name


def test_verbs_before_a_head_are_not_part_of_the_name():
    assert mention_names("带头完成好隔离点各项防控任务。", "Site") == {"隔离点"}
    assert "驻村" not in mention_names("选派驻村第一书记全部返岗到村。", "Community")


def test_verbs_of_moving_to_or_helping_a_place_end_its_name():
    cases = {
        "党员干部下沉至桃源社区。": "桃源社区",
        "医疗队赶赴城南方舱医院。": "城南方舱医院",
        "志愿者转战光明社区。": "光明社区",
        "队员们支援红旗社区。": "红旗社区",
        "号召东湖社区党员亮身份。": "东湖社区",
        "回到居住地光华社区报到。": "光华社区",
    }
    for sentence, place in cases.items():
        got = {n for lab, n in entities("武汉市洪山区全力抗疫。", sentence) if lab in ("Community", "Site")}
        assert place in got and all(not n.endswith(place) or n == place for n in got), (sentence, got)


def test_a_sentence_opening_with_he_names_a_community_that_starts_with_he():
    got = triples("大连市甘井子区全力抗疫。", "和美社区党委书记、居委会主任李秀英说:“大家都很配合。”")
    assert ("HOLDS_POST", "李秀英", "和美社区党委") in got
    assert ("HOLDS_POST", "李秀英", "和美社区居委会") in got
    assert not any(t.startswith("美社区") for _, _, t in got)


def test_distributive_fen_before_a_place_head_is_no_place():
    text = (GUANGZHOU, "赤岗街道党工委在封控的珠江帝景社区成立临时党支部，分楼栋开展核酸采样。")
    assert not any(n.startswith("分") for _, n in entities(*text))
    assert ("LOCATED_IN", "珠江帝景社区", "赤岗街道") in triples(*text)


# ---------------------------------------------------------------- lists of bare names that share one head


def test_coordinated_bare_names_share_the_head_and_the_count_must_agree():
    assert {"团结社区", "胜利社区", "松滨社区", "松宁社区"} <= mention_names("团结、胜利、松滨、松宁4个社区成立了临时党支部。",
                                                                           "Community")
    assert "团结社区" not in mention_names("团结、胜利、松滨、松宁3个社区成立了临时党支部。", "Community")


def test_a_list_with_deng_may_name_fewer_than_it_counts():
    text = ("武汉市江夏区全力抗疫。", "幸福、和平、光明等5个社区实行网格化管理。")
    assert {"幸福社区", "和平社区", "光明社区"} <= names(*text, label="Community")
    assert "和平区" not in names(*text, label="Region")


def test_a_list_without_deng_must_name_all_it_counts():
    text = ("武汉市江夏区全力抗疫。", "锦绣、华庭、金桥3个小区设立了党员先锋岗。")
    assert {"锦绣小区", "华庭小区", "金桥小区"} <= names(*text, label="Community")
    text = ("武汉市江夏区全力抗疫。", "锦绣、华庭、金桥5个小区设立了党员先锋岗。")
    assert "锦绣小区" not in names(*text, label="Community")
