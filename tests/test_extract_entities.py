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
