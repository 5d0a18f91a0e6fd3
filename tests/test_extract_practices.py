"""Named practices and documents: ADOPTS (实行, 推行, 推广, 构建, 启动, 开展, 落实, 按照…要求), ISSUED
(印发), and which quoted or unquoted phrases are mentions of a practice (Mechanism), a document (Policy)
or an event."""

import pytest

from kb.extract.entities import find_mentions

from .extract_helpers import (
    BAOTOU,
    HANGZHOU,
    KASHGAR,
    LIUZHOU,
    NANNING,
    WUHAN,
    XINING,
    assert_extracted,
    case,
    mention_names,
    names,
    triples,
)

PRACTICES = [
    # who adopts a practice
    case("issued_and_adopts_fall_back_on_the_report_region",
         ("临汾市全力抗疫。全市印发《关于加强社区防控的通知》,实行“网格长制”。",),
         found=[("ISSUED", "临汾市", "关于加强社区防控的通知"), ("ADOPTS", "临汾市", "网格长制")]),
    case("a_named_community_adopts_a_practice_itself",
         ("郑州市金水区全力抗疫。",
          "经八路街道纬五路第一社区建立“1+5+N”联防机制,将辖区划分为36个网格。"),
         found=[("ADOPTS", "纬五路第一社区", "1+5+N联防机制")],
         not_found=[("ADOPTS", "金水区", "1+5+N联防机制")]),
    case("a_clause_without_its_own_subject_shares_the_sentence_opening_subject",
         ("济南市历下区全力抗疫。",
          "历下区委第一时间启动战时机制,成立由区委书记王涛任总指挥的区疫情防控指挥部,"
          "实行“片长制+楼长制”工作模式。"),
         found=[("ADOPTS", "历下区委", "片长制+楼长制工作模式"), ("HOLDS_POST", "王涛", "历下区疫情防控指挥部")]),
    case("spreading_a_quoted_practice_with_a_suffix_is_adopting_it",
         (NANNING, "青秀区推广“三长一员”网格管理模式,由网格长负责。"),
         found=[("ADOPTS", "青秀区", "三长一员网格管理模式")]),
    case("starting_and_deepening_quoted_practices_are_adopting_them",
         (BAOTOU, "昆都仑区第一时间启动“战时转换”机制,深化“双报到”制度。"),
         found=[("ADOPTS", "昆都仑区", "战时转换机制"), ("ADOPTS", "昆都仑区", "双报到制度")]),
    case("two_units_summed_up_both_adopt_the_practice",
         (XINING,
          "区住建局包保南山街道兴海小区,区司法局包保礼让街道凤凰小区,"
          "两个单位分别抽调20名干部常驻小区,实行“早排查、晚研判”工作制度。"),
         found=[("ADOPTS", "城中区住建局", "早排查、晚研判工作制度"), ("ADOPTS", "城中区司法局", "早排查、晚研判工作制度")]),
    case("carrying_out_a_named_responsibility_system_is_adopting_it",
         (LIUZHOU,
          "鱼峰区委常委、组织部部长孙涛表示，下一步，全区将继续落实“包保责任制”，"
          "推动党员干部发挥作用。"),
         found=[("ADOPTS", "鱼峰区", "包保责任制")]),
    case("organising_by_a_named_system_is_the_districts",
         (LIUZHOU, "鱼峰区委第一时间召开常委会，以“1+5+N”组织体系统筹力量。"),
         found=[("ADOPTS", "鱼峰区", "1+5+N")]),
    # who issues a document
    case("a_list_of_issuers",
         ("南京市江宁区全力抗疫。",
          "江宁区委组织部、区委宣传部联合印发《关于在一线考察识别干部的通知》。"),
         found=[("ISSUED", "江宁区委组织部", "关于在一线考察识别干部的通知"), ("ISSUED", "江宁区委宣传部", "关于在一线考察识别干部的通知")]),
    # what is a practice, a document or an event
    case("a_phrase_quoted_again_and_again_is_a_practice",
         ("松江区推行“第二书记”。选派干部担任“第二书记”。全区“第二书记”达到379人次。",),
         named=[("Mechanism", "第二书记")]),
    case("a_formula_of_two_ways_of_working_is_no_mechanism_but_one_of_systems_or_numbers_is",
         ("洛阳市涧西区全力抗疫。",
          "全区以“网格化+大走访”守牢防线,实行“楼长制+网格员”工作模式,形成了“1+5+N”联防机制。"),
         named=[("Mechanism", "楼长制+网格员工作模式"), ("Mechanism", "1+5+N联防机制")],
         not_named=[("Mechanism", "网格化+大走访")]),
    case("a_quoted_layout_that_is_built_is_no_mechanism",
         ("成都市成华区全力抗疫。", "工作专班连夜完成房间清点和“两区三通道”改造。"),
         exactly={"Mechanism": set()}),
    case("a_quoted_post_title_used_twice_is_a_practice_and_still_a_post",
         ("沈阳市皇姑区全力抗疫。", "全区推行社区“第二书记”。区人社局局长王刚担任明廉社区“第二书记”。"),
         found=[("HOLDS_POST", "王刚", "明廉社区")],
         named=[("Mechanism", "第二书记")]),
    case("a_quoted_rule_set_with_a_pause_comma_then_closed_loop_management",
         (XINING, "隔离点实行“一人一表、一天两测”闭环管理,确保安全。"),
         named=[("Mechanism", "一人一表、一天两测闭环管理")]),
]


@pytest.mark.parametrize(("text", "expected"), PRACTICES)
def test_practices(text, expected):
    assert_extracted(text, **expected)


# ---------------------------------------------------------------- who adopts a practice


def test_following_a_quoted_requirement_is_adopting_it():
    got = triples("济南市历下区全力抗疫。", "区委常委、区委组织部部长孙涛介绍,全区按照“两包一”要求,由一名区级领导和一个区直部门共同包干一个小区。",
                  "“两包一”让责任落到了人。")
    assert ("ADOPTS", "历下区", "两包一") in got
    # the speaker's body is named in the clause before; 全区 is this clause's own subject
    assert not any(t == "ADOPTS" and s != "历下区" for t, s, _ in got)


def test_after_a_quoted_speaker_the_body_opening_the_speech_adopts():
    text = (HANGZHOU, "区委常委、组织部部长陈立新介绍，区委组织部牵头制定方案，实行“单元长制”，推行“蓝橙红”三色预警机制。")
    got = triples(*text)
    assert ("ADOPTS", "拱墅区委组织部", "单元长制") in got
    assert ("ADOPTS", "拱墅区委组织部", "蓝橙红三色预警机制") in got
    assert not any(t == "ADOPTS" and s == "拱墅区委" for t, s, _ in got)  # the speaker's committee only names him


def test_in_a_chain_of_regions_the_last_one_adopts():
    got = triples("宁夏回族自治区银川市兴庆区在疫情防控中坚持党建引领，构建“三级网格”管理体系，推行“楼道长制”。")
    assert ("ADOPTS", "兴庆区", "楼道长制") in got
    assert ("ADOPTS", "兴庆区", "三级网格管理体系") in got
    assert not any(t == "ADOPTS" and s in ("宁夏回族自治区", "银川市") for t, s, _ in got)


def test_a_place_in_a_zai_phrase_is_not_who_adopts_the_bodies_before_are():
    got = triples(HANGZHOU, "区民政局、区水利局包联米市巷街道，在辖区9个城中村推行“村干部+党员”联防模式。")
    assert ("ADOPTS", "拱墅区民政局", "村干部+党员联防模式") in got
    assert ("ADOPTS", "拱墅区水利局", "村干部+党员联防模式") in got
    assert not any(t == "ADOPTS" and s == "城中村" for t, s, _ in got)


def test_carrying_out_a_named_campaign_is_adopting_it():
    got = triples(WUHAN, "区民政局党支部与百步亭社区党委结对共建，每天组织党员志愿者开展“敲门行动”。")
    assert ("ADOPTS", "江岸区民政局党支部", "敲门行动") in got
    assert not any(t == "ADOPTS" and s == "江岸区" for t, s, _ in got)


def test_a_ladder_of_places_in_quotes_is_the_levels_of_a_practice():
    got = triples("浙江省杭州市余杭区全力抗疫。", "疫情发生后，余杭区迅速构建“区—街道—社区—小区”四级防控体系。")
    assert any(t == "ADOPTS" and s == "余杭区" and o.endswith("四级防控体系") for t, s, o in got)


def test_one_unit_adopting_alone_does_not_give_the_practice_to_a_partner():
    # No counted 单位 sums the bodies up: only the one that opens the sentence adopts it.
    found = triples(XINING, "区住建局与礼让街道结对,实行“早排查、晚研判”工作制度。")
    assert ("ADOPTS", "城中区住建局", "早排查、晚研判工作制度") in found
    assert not any(t == "ADOPTS" and "礼让" in s for t, s, _ in found)


# ---------------------------------------------------------------- who issues a document


def test_a_district_committee_issues_a_document_itself():
    text = (NANNING, "9月初,青秀区委印发《关于做好疫情防控工作的八条措施》,明确责任。")
    found = triples(*text)
    assert any(t == "ISSUED" and s.endswith("青秀区委") and o == "关于做好疫情防控工作的八条措施"
               for t, s, o in found)
    assert not any(t == "ISSUED" and s == "青秀区" for t, s, _ in found)


# ---------------------------------------------------------------- what is a practice, a document or an event


def test_quoted_mechanisms_policies_and_events():
    ms = {(m.label, m.name) for m in find_mentions(
        "“0708”疫情发生后,该区实行“片长制”,印发《关于加强社区防控的通知》,构建“1+6+N”疫情防控组织体系。")}
    assert ("Event", "0708疫情") in ms
    assert ("Mechanism", "片长制") in ms
    assert ("Policy", "关于加强社区防控的通知") in ms
    assert ("Mechanism", "1+6+N疫情防控组织体系") in ms
    assert not any(label == "Policy" for label, _ in {(m.label, m.name) for m in find_mentions("《人民日报》报道。")})


def test_post_holder_systems_without_quotes():
    assert {"片长制", "网格长制"} <= mention_names("全面实行片长制,推行网格长制。", "Mechanism")
    assert mention_names("党员担任楼长制定计划。", "Mechanism") == set()


def test_a_counted_ladder_of_levels_after_a_quoted_chain_is_a_practice():
    text = (KASHGAR, "喀什市委构建“市委—街道党工委—社区党委—网格党支部”四级联动体系,全面推行网格化管理。")
    assert "四级联动体系" in names(*text, label="Mechanism")
    assert not any("党支部四级" in n for n in names(*text, label="Mechanism"))
