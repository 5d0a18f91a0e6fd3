from kb.extract.entities import find_mentions

from .extract_helpers import entities, facts_of


def names(text, label=None):
    return {m.name for m in find_mentions(text) if label is None or m.label == label}


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


def test_person_after_a_post_title_and_before_a_role():
    assert "程向民" in names("松江区委书记程向民说:“越是困难的时候。", "Person")
    assert "张晓东" in names("张晓东担任幸福里小区临时党支部书记。", "Person")
    assert names("全区党员干部积极参与。", "Person") == set()


def test_coordinated_bare_names_share_the_head_and_the_count_must_agree():
    assert {"团结社区", "胜利社区", "松滨社区", "松宁社区"} <= names("团结、胜利、松滨、松宁4个社区成立了临时党支部。",
                                                                   "Community")
    assert "团结社区" not in names("团结、胜利、松滨、松宁3个社区成立了临时党支部。", "Community")


def test_quoted_mechanisms_policies_and_events():
    ms = {(m.label, m.name) for m in find_mentions(
        "“0708”疫情发生后,该区实行“片长制”,印发《关于加强社区防控的通知》,构建“1+6+N”疫情防控组织体系。")}
    assert ("Event", "0708疫情") in ms
    assert ("Mechanism", "片长制") in ms
    assert ("Policy", "关于加强社区防控的通知") in ms
    assert ("Mechanism", "1+6+N疫情防控组织体系") in ms
    assert not any(label == "Policy" for label, _ in {(m.label, m.name) for m in find_mentions("《人民日报》报道。")})


def test_link_farm_runs_yield_no_region():
    assert names("高青县| 蓬溪县| 如东县| 轮台县|") == set()


def test_short_forms_only_under_a_parent_named_in_the_article():
    assert ("Region", "浮山县") in entities("临汾市各县积极行动。古县、浮山开发小程序。")
    assert ("Region", "浮山县") not in entities("某地积极行动。浮山开发小程序。")


def test_towns_by_suffix_sit_under_the_county_in_context():
    f = facts_of("松江区全力抗疫。上海松江区方松街道江中公寓社区临时封控。")
    regions = {m.name for m, _ in f.mentions if m.label == "Region"}
    assert {"上海市", "松江区", "方松街道"} <= regions


def test_level_prefixed_bodies_belong_to_the_article_region():
    got = entities("宝山区筑牢抗疫防线。宝山区多措并举。由区委组织部派驻干部。")
    assert ("Unit", "宝山区委组织部") in got


def test_agency_names_joined_by_he_and_a_region_written_once_for_a_list():
    got = entities("茂名市全力抗疫。茂南区审计局、司法局、人力资源和社会保障局等组织党员参加。")
    assert {("Unit", "茂南区司法局"), ("Unit", "茂南区人力资源和社会保障局")} <= got


def test_names_that_are_also_words_need_a_parent():
    # 大社区 is a district name, and 广大社区居民 is not about it.
    assert not any(label == "Region" for label, _ in entities("团结带领广大社区居民万众一心。"))
    # 宝山区 exists twice; the one under 上海市 is meant.
    f = facts_of("上海市宝山区筑牢抗疫防线。")
    baoshan = next(m for m, _ in f.mentions if m.name == "宝山区")
    assert baoshan.divisions[0].adcode.startswith("31")


def test_a_phrase_quoted_again_and_again_is_a_practice():
    got = entities("松江区推行“第二书记”。选派干部担任“第二书记”。全区“第二书记”达到379人次。")
    assert ("Mechanism", "第二书记") in got


def test_verbs_before_a_head_are_not_part_of_the_name():
    assert names("带头完成好隔离点各项防控任务。", "Site") == {"隔离点"}
    assert "驻村" not in names("选派驻村第一书记全部返岗到村。", "Community")


def test_a_city_short_form_used_twice_or_before_its_county_is_the_city():
    assert ("Region", "临汾市") in entities("临汾全力抗疫。临汾各县积极行动。")
    assert ("Region", "临汾市") in entities("临汾尧都区积极行动。")
    assert ("Region", "长治市") not in entities("确保社会长治久安。")


def test_persons_introduced_by_what_they_are_only_when_the_name_ends_cleanly():
    assert names("社区党员张晓东来报名。", "Person") == set()  # the name does not end cleanly
    assert names("社区党员张晓东主动报名。", "Person") == {"张晓东"}  # a verb (主动) ends it
    assert names("老党员马德华说,我们要坚持。", "Person") == {"马德华"}
    assert names("王刚同志带头冲锋。", "Person") == {"王刚"}
    assert names("全区党员干部参与防控,动态掌握8万居民信息,志愿者万余人参与。", "Person") == set()


def test_a_class_mention_after_a_named_one_is_that_one_unless_plural():
    f = facts_of("阳光小区成立阳光小区临时党支部,临时党支部书记由张伟担任。各临时党支部加强联建。")
    names_ = [m.name for m, _ in f.mentions if m.label == "PartyOrg"]
    assert names_.count("阳光小区临时党支部") == 2
    assert "临时党支部" in names_


def test_post_holder_systems_without_quotes():
    assert {"片长制", "网格长制"} <= names("全面实行片长制,推行网格长制。", "Mechanism")
    assert names("党员担任楼长制定计划。", "Mechanism") == set()
