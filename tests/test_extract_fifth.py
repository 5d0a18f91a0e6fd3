"""Kinds of construction that the fifth development set showed the extractor missing,
each written here with other names, places and provinces than any report in tests/data,
so that what is checked is the kind, not one report's wording."""

from .extract_helpers import names, triples

LIUZHOU = "广西壮族自治区柳州市鱼峰区全力抗疫。"


# ---------------------------------------------------------------- 张强则带着…: an adverb after a name


def test_an_adverb_before_a_persons_verb_ends_the_name():
    text = (LIUZHOU, "区民政局党组成员、副局长赵志刚则带着6名党员，派驻到荣军社区的集中隔离点。")
    people = names(*text, label="Person")
    assert "赵志刚" in people
    assert "赵志刚则" not in people
    found = triples(*text)
    assert ("SINKS_TO", "赵志刚", "荣军社区") in found
    assert not any(src.endswith("则") for _, src, _ in found)


def test_a_two_character_name_before_an_adverb_and_verb():
    text = (LIUZHOU, "区委组织部副部长孙涛便下沉到白沙社区，协助开展排查。")
    people = names(*text, label="Person")
    assert "孙涛" in people
    assert "孙涛便" not in people


def test_an_adverb_character_without_a_persons_verb_stays_in_the_name():
    # 则 is read as a given-name character when no person's verb follows it.
    text = (LIUZHOU, "社区书记刘则说，群众很支持。")
    assert "刘则" in names(*text, label="Person")


# ---------------------------------------------------------------- 临时党支部…下设N个党小组和M支突击队


def test_counted_items_under_a_branch_are_all_subordinate():
    found = triples(LIUZHOU, "白沙小区临时党支部下设3个楼栋党小组和2支党员突击队。")
    assert ("SUBORDINATE_TO", "楼栋党小组", "白沙小区临时党支部") in found
    assert ("SUBORDINATE_TO", "党员突击队", "白沙小区临时党支部") in found


def test_the_body_in_a_post_title_between_is_not_the_parent():
    found = triples(LIUZHOU, "在荣军街道白沙小区设立的白沙小区临时党支部，由街道党工委副书记孙涛任书记，"
                             "下设3个楼栋党小组和2支党员突击队。")
    assert ("SUBORDINATE_TO", "楼栋党小组", "白沙小区临时党支部") in found
    assert ("SUBORDINATE_TO", "党员突击队", "白沙小区临时党支部") in found
    assert not any(t[0] == "SUBORDINATE_TO" and "党工委" in t[2] for t in found)


# ---------------------------------------------------------------- 队长 of the team named before


def test_a_bare_team_title_opening_the_next_sentence_is_a_post_in_the_team():
    found = triples(LIUZHOU, "在荣军街道，“荣军红”志愿服务队的队员们每天巡查。队长赵秀兰今年60岁，是一名老党员。")
    assert ("HOLDS_POST", "赵秀兰", "荣军红志愿服务队") in found


def test_the_team_of_another_paragraph_is_not_meant():
    found = triples(LIUZHOU, "在荣军街道，“荣军红”志愿服务队的队员们每天巡查。", "队长赵秀兰今年60岁，是一名老党员。")
    assert ("HOLDS_POST", "赵秀兰", "荣军红志愿服务队") not in found


def test_team_title_then_a_description_then_the_name():
    found = triples(LIUZHOU, "在荣军街道白沙社区，一支由退役军人组成的“白沙尖兵”党员突击队格外引人注目。"
                             "突击队队长、退役军人孙海涛带领队员值守卡口。")
    assert ("HOLDS_POST", "孙海涛", "白沙尖兵党员突击队") in found


# ---------------------------------------------------------------- where teams and estates are


def test_a_team_after_an_opening_subdistrict_is_in_it():
    found = triples(LIUZHOU, "在荣军街道，“荣军红”志愿服务队的队员们每天巡查。")
    assert ("LOCATED_IN", "荣军红志愿服务队", "荣军街道") in found


def test_a_team_after_an_opening_community_is_in_the_community():
    found = triples(LIUZHOU, "在荣军街道白沙社区，一支由退役军人组成的“白沙尖兵”党员突击队格外引人注目。")
    assert ("LOCATED_IN", "白沙尖兵党员突击队", "白沙社区") in found
    assert ("LOCATED_IN", "白沙尖兵党员突击队", "荣军街道") not in found


def test_a_team_after_a_clause_that_is_not_only_a_place_is_not_placed():
    found = triples(LIUZHOU, "在荣军街道值守期间，“荣军红”志愿服务队的队员们每天巡查。")
    assert ("LOCATED_IN", "荣军红志愿服务队", "荣军街道") not in found


def test_an_estate_where_a_community_sets_up_a_branch_is_in_the_community():
    found = triples(LIUZHOU, "其中，荣军街道白沙社区在翠竹园小区成立了翠竹园小区临时党支部，由社区党委书记孙涛兼任支部书记。")
    assert ("LOCATED_IN", "翠竹园小区", "白沙社区") in found


# ---------------------------------------------------------------- a body sinks with its counted people


def test_a_party_committee_that_sends_teachers_into_a_village_sinks_there():
    found = triples(LIUZHOU, "柳州工学院党委派出20名党员教师进驻桃花村，挨家挨户摸排。")
    assert ("SINKS_TO", "柳州工学院党委", "桃花村") in found


def test_a_bureau_whose_cadres_go_down_to_a_community_sinks_there():
    found = triples(LIUZHOU, "按照部署，区教育局的30名干部下沉到白沙社区，协助值守。")
    assert ("SINKS_TO", "鱼峰区教育局", "白沙社区") in found


def test_residents_counted_after_a_body_do_not_make_it_sink():
    found = triples(LIUZHOU, "区教育局的30名居民下沉到白沙社区，协助值守。")
    assert not any(t[0] == "SINKS_TO" and t[1] == "鱼峰区教育局" for t in found)


# ---------------------------------------------------------------- the district's documents and systems


def test_the_district_said_as_qu_li_issues_and_adopts():
    found = triples(LIUZHOU, "“单位包社区，一个都不能漏。”鱼峰区委组织部部长赵志刚介绍，区里第一时间印发"
                             "《鱼峰区机关单位包联社区疫情防控工作方案》，实行“双联双包”制度，明确责任。")
    assert ("ISSUED", "鱼峰区", "鱼峰区机关单位包联社区疫情防控工作方案") in found
    assert ("ADOPTS", "鱼峰区", "双联双包制度") in found
    assert not any(t[0] in ("ISSUED", "ADOPTS") and t[1] == "鱼峰区委组织部" for t in found)


def test_carrying_out_a_named_responsibility_system_is_adopting_it():
    found = triples(LIUZHOU, "鱼峰区委常委、组织部部长孙涛表示，下一步，全区将继续落实“包保责任制”，推动党员干部发挥作用。")
    assert ("ADOPTS", "鱼峰区", "包保责任制") in found


def test_organising_by_a_named_system_is_the_districts():
    found = triples(LIUZHOU, "鱼峰区委第一时间召开常委会，以“1+5+N”组织体系统筹力量。")
    assert ("ADOPTS", "鱼峰区", "1+5+N") in found


def test_a_community_setting_up_a_branch_in_its_estate_establishes_it():
    found = triples(LIUZHOU, "其中，荣军街道白沙社区在翠竹园小区成立了翠竹园小区临时党支部，由社区党委书记孙涛兼任支部书记。")
    assert ("ESTABLISHED", "白沙社区", "翠竹园小区临时党支部") in found
    assert ("ESTABLISHED", "鱼峰区", "翠竹园小区临时党支部") not in found


def test_a_bureau_whose_sent_cadres_work_in_the_opening_community_sinks_there():
    found = triples(LIUZHOU, "在荣军街道白沙社区，区民政局派出的15名党员干部与社区工作者一起值守卡口。")
    assert ("SINKS_TO", "鱼峰区民政局", "白沙社区") in found


def test_a_bureau_in_a_sentence_opening_with_a_subdistrict_does_not_sink_to_it():
    found = triples(LIUZHOU, "在荣军街道，区民政局派出的15名党员干部与社区工作者一起值守卡口。")
    assert not any(t[0] == "SINKS_TO" and t[1] == "鱼峰区民政局" for t in found)


def test_the_head_of_a_work_team_named_before_holds_a_post_in_it():
    found = triples(LIUZHOU, "区里从区直机关选派10名干部进驻隔离点，组建“隔离点保障专班”，负责物资保障。"
                             "专班负责人、区民政局党委委员赵秀兰说：“我们第一时间响应。”")
    assert any(t[0] == "HOLDS_POST" and t[1] == "赵秀兰" and t[2].endswith("隔离点保障专班") for t in found)


def test_a_team_title_that_does_not_fit_the_team_gives_no_post():
    found = triples(LIUZHOU, "区里组建“隔离点保障专班”，负责物资保障。专班队长、退役军人赵秀兰带领队员值守。")
    assert not any(t[0] == "HOLDS_POST" and t[1] == "赵秀兰" and t[2].endswith("专班") for t in found)


def test_shi_li_in_a_districts_report_is_not_the_district():
    found = triples(LIUZHOU, "鱼峰区委组织部部长赵志刚介绍，市里第一时间印发《柳州市机关单位包联社区疫情防控工作方案》。")
    assert ("ISSUED", "鱼峰区", "柳州市机关单位包联社区疫情防控工作方案") not in found
