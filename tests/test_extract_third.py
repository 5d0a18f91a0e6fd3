"""Kinds of construction that the third development set showed the extractor missing,
each written here with other names, places and provinces than any report in tests/data,
so that what is checked is the kind, not one report's wording."""

from .extract_helpers import names, triples

XINING = "青海省西宁市城中区全力抗疫。"
KASHGAR = "新疆维吾尔自治区喀什地区全力抗疫。"
BAOTOU = "内蒙古自治区包头市昆都仑区全力抗疫。"
NANNING = "广西壮族自治区南宁市青秀区全力抗疫。"


# ---------------------------------------------------------------- names that are not surname + 1–2


def test_a_mongolian_name_after_a_staff_word_sinks_and_the_unit_does_not():
    text = (BAOTOU, "昆都仑区民政局干部阿拉坦仓下沉到少先路街道友谊社区后,主动担任楼栋长。")
    assert "阿拉坦仓" in names(*text, label="Person")
    found = triples(*text)
    assert ("SINKS_TO", "阿拉坦仓", "友谊社区") in found
    # The unit the person works for does not go itself.
    assert not any(t == "SINKS_TO" and "民政局" in s for t, s, _ in found)
    assert ("HOLDS_POST", "阿拉坦仓", "昆都仑区民政局") in found


def test_a_tibetan_name_after_a_title_ends_before_a_speech_verb():
    text = (XINING, "城中区卫健局副局长次仁多吉介绍,全区已完成两轮核酸检测。")
    assert "次仁多吉" in names(*text, label="Person")
    assert ("HOLDS_POST", "次仁多吉", "城中区卫健局") in triples(*text)


def test_a_long_name_after_a_committee_title_leads_and_sinks():
    found = triples(XINING, "南滩街道党工委书记阿依古丽带领党员下沉到南山社区。")
    assert ("HOLDS_POST", "阿依古丽", "南滩街道党工委") in found
    assert ("SINKS_TO", "阿依古丽", "南山社区") in found


def test_a_uyghur_name_after_a_title_ends_before_leading():
    text = (KASHGAR, "喀什市人民医院党委书记买买提江带领医疗队连续奋战。")
    assert "买买提江" in names(*text, label="Person")


def test_no_long_name_from_an_adverb_before_a_person_verb():
    # 第一时间 and 亲自 are what the post holder does, not a name.
    text = (XINING, "社区党委书记第一时间带领党员上门。", "街道党工委书记亲自带领干部下沉。")
    people = names(*text, label="Person")
    assert not any("第一时间" in p or "亲自" in p for p in people)


# ---------------------------------------------------------------- named practices and who adopts them


def test_spreading_a_quoted_practice_with_a_suffix_is_adopting_it():
    text = (NANNING, "青秀区推广“三长一员”网格管理模式,由网格长负责。")
    assert ("ADOPTS", "青秀区", "三长一员网格管理模式") in triples(*text)


def test_starting_and_deepening_quoted_practices_are_adopting_them():
    found = triples(BAOTOU, "昆都仑区第一时间启动“战时转换”机制,深化“双报到”制度。")
    assert ("ADOPTS", "昆都仑区", "战时转换机制") in found
    assert ("ADOPTS", "昆都仑区", "双报到制度") in found


def test_a_quoted_rule_set_with_a_pause_comma_then_closed_loop_management():
    text = (XINING, "隔离点实行“一人一表、一天两测”闭环管理,确保安全。")
    assert "一人一表、一天两测闭环管理" in names(*text, label="Mechanism")


def test_a_counted_ladder_of_levels_after_a_quoted_chain_is_a_practice():
    text = (KASHGAR, "喀什市委构建“市委—街道党工委—社区党委—网格党支部”四级联动体系,全面推行网格化管理。")
    assert "四级联动体系" in names(*text, label="Mechanism")
    assert not any("党支部四级" in n for n in names(*text, label="Mechanism"))


# ---------------------------------------------------------------- documents of a district committee


def test_a_district_committee_issues_a_document_itself():
    text = (NANNING, "9月初,青秀区委印发《关于做好疫情防控工作的八条措施》,明确责任。")
    found = triples(*text)
    assert any(t == "ISSUED" and s.endswith("青秀区委") and o == "关于做好疫情防控工作的八条措施"
               for t, s, o in found)
    assert not any(t == "ISSUED" and s == "青秀区" for t, s, _ in found)


# ---------------------------------------------------------------- subdistricts named after an institution


def test_a_subdistrict_named_after_a_college_is_a_place_with_its_chain():
    text = (XINING, "在学院街道光明社区,区教育局的40名党员干部进驻社区。")
    assert "学院街道" in names(*text, label="Region")
    found = triples(*text)
    assert ("LOCATED_IN", "光明社区", "学院街道") in found
    assert ("LOCATED_IN", "学院街道", "城中区") in found


def test_a_community_college_is_still_no_subdistrict():
    # Only 街道 right after the bare head makes a place; 社区学院 stays an institution.
    assert "社区学院" not in names(XINING, "城中区社区学院组织学员参与防控。", label="Region")


# ---------------------------------------------------------------- posts in a later clause


def test_a_site_chief_named_in_a_later_clause_heads_the_site_entered_before():
    text = (NANNING, "青秀区委组织部副部长韦正清带领10名机关干部进驻南湖公园核酸检测点,担任点长,每天组织采样。")
    found = triples(*text)
    assert ("HOLDS_POST", "韦正清", "南湖公园核酸检测点") in found
    assert ("HOLDS_POST", "韦正清", "青秀区委组织部") in found


def test_two_units_summed_up_both_adopt_the_practice():
    text = (XINING, "区住建局包保南山街道兴海小区,区司法局包保礼让街道凤凰小区,两个单位分别抽调20名干部常驻小区,"
                    "实行“早排查、晚研判”工作制度。")
    found = triples(*text)
    assert ("ADOPTS", "城中区住建局", "早排查、晚研判工作制度") in found
    assert ("ADOPTS", "城中区司法局", "早排查、晚研判工作制度") in found


def test_one_unit_adopting_alone_does_not_give_the_practice_to_a_partner():
    # No counted 单位 sums the bodies up: only the one that opens the sentence adopts it.
    found = triples(XINING, "区住建局与礼让街道结对,实行“早排查、晚研判”工作制度。")
    assert ("ADOPTS", "城中区住建局", "早排查、晚研判工作制度") in found
    assert not any(t == "ADOPTS" and "礼让" in s for t, s, _ in found)


def test_a_building_post_taken_after_sinking_is_held_in_that_community():
    text = (BAOTOU, "昆都仑区民政局干部张晓峰下沉到少先路街道友谊社区后,主动担任8号楼楼栋长。")
    found = triples(*text)
    assert ("HOLDS_POST", "张晓峰", "友谊社区") in found
    assert ("SINKS_TO", "张晓峰", "友谊社区") in found
    assert not any(t == "HOLDS_POST" and "8号楼" in o for t, _, o in found)


def test_a_building_post_without_a_community_named_gives_no_post_in_a_community():
    found = triples(BAOTOU, "昆都仑区民政局干部张晓峰主动担任8号楼楼栋长。")
    assert not any(t == "HOLDS_POST" and o.endswith("社区") for t, _, o in found)


# ---------------------------------------------------------------- a day's figure is counted


def test_a_days_figure_is_counted_but_a_rate_per_unit_is_not():
    from kb.extract.stats import find_counts

    daily = find_counts("每天组织完成核酸采样2.3万余人次。")
    assert [(c.value, c.noun) for c in daily] == [(23000.0, "人次")]
    assert find_counts("每个小区配备3名网格员。") == []


def test_a_name_with_qi_inside_wins_over_its_first_two_characters():
    people = names(BAOTOU, "昆都仑区民政局干部乌云其其格下沉到友谊社区。", label="Person")
    assert people == {"乌云其其格"}


def test_adverbs_before_a_speech_verb_name_no_one():
    text = (XINING, "社区党委书记深有感触地说。", "街道党工委书记接受采访时说。", "局长李海涛分别带领干部巡查。",
            "干部张丽其实说。")
    people = names(*text, label="Person")
    assert people == {"李海涛", "张丽"}
