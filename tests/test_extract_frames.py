"""Relations read from clause structure (kb/extract/frames.py, clauses.py), mentions from the
analyser's spans (mentions.py) and posts from the words between an organisation and a person
(relations/titles.py), on sentences written for the project."""

import pytest

from kb.extract.clauses import clauses, is_separator
from kb.extract.cues import frames
from kb.extract.relations.titles import title_of
from tests.extract_helpers import triples


def test_every_frame_row_names_a_relation_type_and_labels():
    from kb.model import LABELS, RELATION_TYPES

    for frame in frames():
        assert frame.type in RELATION_TYPES
        assert frame.cues and all(frame.cues)
        for label in frame.agents | frame.patients:  # a label, or label:level (Region:town)
            assert label.split(":")[0] in LABELS


def test_clauses_split_at_clause_punctuation():
    assert clauses("甲，乙；丙。") == [(0, 1), (2, 3), (4, 5)]


@pytest.mark.parametrize("between,expected", [("、", True), ("和", True), ("、以及", True), ("的", False),
                                              ("下沉到", False)])
def test_list_separators(between, expected):
    assert is_separator("") is False  # adjacent names qualify each other, they are not listed
    assert is_separator(between) is expected


@pytest.mark.parametrize("gap,title", [("", ""), ("的", ""), ("副局长", "副局长"), ("干部", "干部"),
                                       ("的党员志愿者", "党员志愿者"), ("党建专职副书记", "党建专职副书记")])
def test_words_between_an_organisation_and_a_person_state_a_post(gap, title):
    assert title_of(gap) == title


def test_words_that_are_no_title_state_no_post():
    assert title_of("组织全体") is None


def test_every_agent_of_a_list_sinks_to_every_place_of_a_list():
    found = triples("东城区审计局、东城区统计局和东城区档案馆下沉到青石街道柳荫社区、桃源社区。")
    for unit in ("东城区审计局", "东城区统计局"):
        for place in ("柳荫社区", "桃源社区"):
            assert ("SINKS_TO", unit, place) in found


def test_a_person_introduced_by_unit_sinks_and_holds_the_post():
    found = triples("东城区审计局干部周海涛下沉到柳荫社区。")
    assert ("SINKS_TO", "周海涛", "柳荫社区") in found
    assert ("HOLDS_POST", "周海涛", "东城区审计局") in found


def test_two_posts_before_one_name_are_read_right_to_left():
    found = triples("东城区援助医疗队临时党委书记、东城区人大常委会副主任韩景明带队进入方舱医院。")
    assert ("HOLDS_POST", "韩景明", "东城区人大常委会") in found
    assert ("HOLDS_POST", "韩景明", "东城区援助医疗队临时党委") in found


def test_a_clause_without_agent_takes_the_carried_subject():
    found = triples("东城区审计局组织党员干部下沉一线，支援青石街道柳荫社区做好防控工作。")
    assert ("SINKS_TO", "东城区审计局", "柳荫社区") in found
    assert ("LOCATED_IN", "柳荫社区", "青石街道") in found  # the same name and parts whatever the verb


def test_a_pronoun_opening_a_clause_is_the_last_person():
    found = triples("周海涛是东城区审计局的工作人员。他主动前往桃源社区报到。")
    assert ("SINKS_TO", "周海涛", "桃源社区") in found


def test_a_place_before_the_cue_after_a_preposition_is_the_patient():
    found = triples("东城区档案馆迅速与桃源社区对接，了解社区需求。")
    assert ("PAIRS_WITH", "东城区档案馆", "桃源社区") in found


def test_a_sentence_opening_at_a_community_places_its_actor_there():
    found = triples("在桃源社区北门，周海涛戴上红袖章为居民测温。")
    assert ("SINKS_TO", "周海涛", "桃源社区") in found


def test_a_verb_glued_to_a_place_name_is_not_part_of_it():
    from kb.resolve import resolve_article
    from tests.extract_helpers import facts_of

    found = triples("东城区审计局组织党员下沉一线，支援青石街道柳荫社区。")
    assert not any(name.startswith("支援") for _, _, name in found)
    # nor of its spellings: the aliases the look-up finds it by follow the trimmed span
    entities = resolve_article(facts_of("东城区审计局组织党员下沉一线，支援青石街道柳荫社区。")).entities
    assert entities and not any(a.startswith("支援") for e in entities for a in e.aliases)


def test_a_list_of_bodies_opening_a_clause_is_carried_whole():
    found = triples("东城区审计局、东城区统计局、东城区档案馆共三个单位抽调干部40人，下沉一线支援青石街道。")
    for unit in ("东城区审计局", "东城区统计局", "东城区档案馆"):
        assert ("SINKS_TO", unit, "青石街道") in found


def test_a_sender_of_people_is_the_agent_of_their_going():
    found = triples("东城区档案馆组织党员干部组成3个小组，每天安排一个小组到桃源社区值守。")
    assert ("SINKS_TO", "东城区档案馆", "桃源社区") in found


def test_other_people_named_in_the_clause_are_not_the_carried_subject():
    found = triples("周海涛是东城区审计局的工作人员。其他干部下沉到桃源社区。")
    assert ("SINKS_TO", "周海涛", "桃源社区") not in found


def test_a_person_sent_with_a_title_goes_holds_it_there_and_works_for_the_sender():
    for sentence in ("韩景明是东城区档案馆派驻石桥村的第一书记。", "东城区档案馆派驻石桥村“第一书记”韩景明每天走访农户。"):
        found = triples(sentence)
        assert ("SINKS_TO", "韩景明", "石桥村") in found
        assert ("HOLDS_POST", "韩景明", "石桥村") in found
        assert ("HOLDS_POST", "韩景明", "东城区档案馆") in found


def test_going_to_the_front_goes_to_the_place_just_paired():
    found = triples("东城区档案馆主动包保青石街道柳荫社区，组织党员志愿服务队下沉一线。")
    assert ("PAIRS_WITH", "东城区档案馆", "柳荫社区") in found
    assert ("SINKS_TO", "东城区档案馆", "柳荫社区") in found


def test_a_relative_clause_after_the_copula_is_about_the_subject():
    found = triples("石桥村是东城区民政局帮扶的重点村，村里党员不多。")
    assert ("PAIRS_WITH", "东城区民政局", "石桥村") in found


def test_a_body_led_by_listed_bodies_is_subordinate_to_each():
    found = triples("东城区档案馆党支部在东城区委组织部、东城区直机关工委的坚强领导下开展工作。")
    assert ("SUBORDINATE_TO", "东城区档案馆党支部", "东城区委组织部") in found


def test_partners_listed_before_a_symmetric_cue_are_twinned():
    found = triples("服务队首先参加了桃源社区、东城大学共建座谈会。")
    assert ("TWINNED_WITH", "桃源社区", "东城大学") in found or ("TWINNED_WITH", "东城大学", "桃源社区") in found


def test_a_cue_that_describes_a_noun_states_nothing():
    found = triples("东城区档案馆等结对单位的党员干部先后到桃源社区报到。")
    assert not any(t == "TWINNED_WITH" for t, _, _ in found)


def test_respectively_is_left_to_the_pairing_rules():
    found = triples("东城区审计局、东城区统计局分别包保桃源社区和柳荫社区。")
    assert ("PAIRS_WITH", "东城区审计局", "柳荫社区") not in found


def test_a_sentence_opening_at_a_checkpoint_without_zai_places_its_person():
    found = triples("2月3日上午，桃源社区检测点前，东城区档案馆干部周海涛正在登记车辆。")
    assert ("SINKS_TO", "周海涛", "桃源社区检测点") in found or ("SINKS_TO", "周海涛", "桃源社区") in found


def test_a_visit_is_no_sinking():
    found = triples("东城区民政局局长周海涛深入桃源社区调研防控工作。")
    assert ("SINKS_TO", "周海涛", "桃源社区") not in found


def test_a_body_does_not_sink_to_the_place_it_is_named_after():
    found = triples("桃源社区党委组织党员到桃源社区开展服务。")
    assert not any(t == "SINKS_TO" and s.startswith("桃源社区") and o == "桃源社区" for t, s, o in found)


def test_a_cue_opening_a_relative_clause_describes_the_person_after_it():
    found = triples("“我们一定守好大门。”下沉到桃源社区的东城区民政局干部周海涛说。")
    assert ("SINKS_TO", "周海涛", "桃源社区") in found


def test_the_longest_cue_wins_across_relation_types():
    found = triples("东城区民政局对口支援青石街道，选派党员干部进驻封控小区。")
    assert ("PAIRS_WITH", "东城区民政局", "青石街道") in found
    assert ("SINKS_TO", "东城区民政局", "青石街道") not in found


def test_a_person_named_by_surname_and_title_is_no_specific_person():
    from kb.resolve import resolve_article
    from tests.extract_helpers import facts_of

    people = [e for e in resolve_article(facts_of("桃源社区党委王书记感激地说，谢谢大家。")).entities
              if e.label == "Person"]
    assert people and all(e.generic for e in people)


def test_a_partner_met_is_not_a_second_subject():
    found = triples("9日下午，东城区援助医疗队与西城区援助医疗队进行交接，正式接管东城方舱医院。")
    assert ("TAKES_OVER", "东城区援助医疗队", "东城方舱医院") in found
    assert ("TAKES_OVER", "西城区援助医疗队", "东城方舱医院") not in found


def test_duty_at_a_post_of_a_village_is_work_in_the_village():
    found = triples("2月3日，在石桥村东口执勤点，党员周海涛主动要求加入先锋队。")
    assert ("SINKS_TO", "周海涛", "石桥村") in found


def test_working_at_a_place_after_zai_is_being_there():
    found = triples("东城区民政局在桃源社区开展防疫工作。")
    assert ("SINKS_TO", "东城区民政局", "桃源社区") in found


def test_a_team_named_after_its_unit_acts_for_the_unit():
    found = triples("东城区民政局工作组赴桃源社区协助核酸检测。")
    assert ("SINKS_TO", "东城区民政局", "桃源社区") in found


def test_the_communities_of_a_subdistrict_are_the_subdistrict():
    found = triples("东城区民政局工作组在青石街道社区开展防疫工作。")
    assert ("SINKS_TO", "东城区民政局", "青石街道") in found
    assert not any(o == "青石街道社区" for _, _, o in found)


def test_the_whole_community_is_a_class_mention():
    found = triples("东城区民政局党员协助桃源社区工作人员在全社区开展排查。")
    assert not any(o == "全社区" for _, _, o in found)


def test_a_cue_inside_a_place_phrase_states_nothing():
    found = triples("桃源社区党委在区域党委共建微信群里发布了志愿者征集令。")
    assert not any(t == "TWINNED_WITH" for t, _, _ in found)


def test_a_branch_set_up_by_a_party_body_is_under_it():
    found = triples("东城区民政局党委研究决定，在东城方舱医院成立东城方舱医院临时党支部。")
    assert ("SUBORDINATE_TO", "东城方舱医院临时党支部", "东城区民政局党委") in found


def test_who_leads_what_is_set_up_is_not_set_up():
    found = triples("石桥镇成立由镇党委书记周海涛任组长的石桥镇防疫督查小组。")
    assert not any(t == "ESTABLISHED" and o.endswith("党委") for t, _, o in found)


def test_a_ward_set_aside_for_patients_is_a_site():
    from tests.extract_helpers import entities

    assert any(label == "Site" for label, name in entities("东城医院医护人员接管东城区定点救治病区。")
               if name.endswith("病区"))


def test_a_person_said_to_be_staff_of_a_body_holds_the_post():
    found = triples("周海涛是东城区水务局河道管理所的工作人员，每天巡查堤坝。")
    assert ("HOLDS_POST", "周海涛", "东城区水务局河道管理所") in found or \
        ("HOLDS_POST", "周海涛", "河道管理所") in found


def test_a_part_of_an_estate_is_a_place_of_its_own():
    found = triples("周海涛是东城区民政局的干部。他被安排负责阳光花园东区入户走访。")
    assert any(t == "PAIRS_WITH" and s == "周海涛" and o.endswith("东区") for t, s, o in found)


def test_an_estate_inside_the_community_named_with_it_is_also_where_one_went():
    found = triples("东城区民政局干部周海涛下沉到桃源社区阳光苑。")
    assert ("SINKS_TO", "周海涛", "桃源社区") in found
    assert ("SINKS_TO", "周海涛", "阳光苑") in found


def test_a_compound_named_by_its_address_is_a_community():
    from tests.extract_helpers import entities

    assert ("Community", "青石路38号院") in entities("东城区民政局干部周海涛下沉到青石路38号院。")
    assert ("SINKS_TO", "周海涛", "青石路38号院") in triples("东城区民政局干部周海涛下沉到青石路38号院。")


def test_a_verb_the_analyser_reads_whole_is_no_name():
    from tests.extract_helpers import entities

    assert not any(name == "走街串巷" for _, name in entities("周海涛手持小喇叭，走街串巷进行防疫宣传。"))


def test_a_deputy_curator_holds_the_post():
    assert ("HOLDS_POST", "周海涛", "东城体育馆") in triples("东城体育馆副馆长周海涛正在桃源社区值守。")


def test_a_bare_community_after_a_going_cue_is_the_one_named_before():
    found = triples("周海涛跟着桃源社区工作人员，前往社区居民家中排查。")
    assert ("SINKS_TO", "周海涛", "桃源社区") in found


def test_helping_a_bare_community_names_no_community():
    found = triples("东城区民政局包保桃源社区，帮助社区建立台账。")
    assert ("PAIRS_WITH", "东城区民政局", "桃源社区") in found
    assert ("SINKS_TO", "东城区民政局", "桃源社区") not in found


@pytest.mark.parametrize("sentence,fact", [
    ("东城区民政局组织30名党员干部到桃源社区报到，参与卡口值守。", ("SINKS_TO", "东城区民政局", "桃源社区")),
    ("东城区财政局派出工作组进驻柳荫社区。", ("SINKS_TO", "东城区财政局", "柳荫社区")),
    ("东城区民政局与桃源社区结对共建，共同做好防控工作。", ("TWINNED_WITH", "东城区民政局", "桃源社区")),
    ("东城区民政局负责包保桃源社区的疫情防控工作。", ("PAIRS_WITH", "东城区民政局", "桃源社区")),
    ("桃源社区由东城区民政局包保。", ("PAIRS_WITH", "东城区民政局", "桃源社区")),
    ("东城方舱医院交由东城区卫健委接管。", ("TAKES_OVER", "东城区卫健委", "东城方舱医院")),
    ("东城区卫健委整体接管东城方舱医院。", ("TAKES_OVER", "东城区卫健委", "东城方舱医院")),
    ("东城区民政局副局长周海涛带领10名党员赶赴柳荫社区。", ("SINKS_TO", "周海涛", "柳荫社区")),
    ("东城区民政局的周海涛被派驻到桃源社区。", ("SINKS_TO", "周海涛", "桃源社区")),
    ("来自东城区民政局的周海涛已在桃源社区坚守20天。", ("HOLDS_POST", "周海涛", "东城区民政局")),
    ("东城区民政局、东城区财政局分别对接桃源社区、柳荫社区。", ("PAIRS_WITH", "东城区财政局", "柳荫社区")),
    ("东城区民政局向桃源社区派驻3名党员。", ("SINKS_TO", "东城区民政局", "桃源社区")),
    ("周海涛，东城区民政局党员，主动报名下沉桃源社区。", ("SINKS_TO", "周海涛", "桃源社区")),
    ("周海涛，东城区民政局党员，主动报名下沉桃源社区。", ("HOLDS_POST", "周海涛", "东城区民政局")),
    ("东城区民政局选派优秀干部周海涛到石桥村任第一书记。", ("HOLDS_POST", "周海涛", "石桥村")),
    ("东城区民政局的党员干部们纷纷下沉到桃源社区。", ("SINKS_TO", "东城区民政局", "桃源社区")),
    ("东城区民政局作为桃源社区的包联单位，第一时间派出20名党员。", ("PAIRS_WITH", "东城区民政局", "桃源社区")),
    ("周海涛是东城区民政局派到桃源社区的下沉干部。", ("SINKS_TO", "周海涛", "桃源社区")),
    ("东城区第一人民医院派出医疗队驰援东城方舱医院。", ("SINKS_TO", "东城区第一人民医院", "东城方舱医院")),
    ("桃源社区党委书记周海涛介绍，社区共有12个网格。", ("HOLDS_POST", "周海涛", "桃源社区党委")),
])
def test_common_constructions(sentence, fact):
    assert fact in triples(sentence)


def test_respectively_pairs_in_order_only():
    found = triples("东城区民政局、东城区财政局分别对接桃源社区、柳荫社区。")
    assert ("PAIRS_WITH", "东城区民政局", "柳荫社区") not in found


def test_a_site_handed_over_is_taken_over_not_gone_to():
    found = triples("东城方舱医院交由东城区卫健委接管。")
    assert ("SINKS_TO", "东城区卫健委", "东城方舱医院") not in found
    assert ("TAKES_OVER", "东城区卫健委", "东城方舱医院") in found


def test_a_sent_cadre_holds_no_post_at_the_place():
    found = triples("周海涛是东城区民政局派到桃源社区的下沉干部。")
    assert ("HOLDS_POST", "周海涛", "桃源社区") not in found
    assert ("HOLDS_POST", "周海涛", "东城区民政局") in found
