"""Kinds of construction that the fourth development set showed the extractor missing,
each written here with other names, places and provinces than any report in tests/data,
so that what is checked is the kind, not one report's wording."""

from .extract_helpers import names, triples

ZHUZHOU = "湖南省株洲市荷塘区全力抗疫。"
ANSHUN = "贵州省安顺市普定县全力抗疫。"


# ---------------------------------------------------------------- <unit>的X, then 他 in the next sentence


def test_a_person_introduced_by_affiliation_then_a_pronoun_sinks_and_takes_a_post():
    text = (ZHUZHOU, "荷塘区民政局的赵国强是一名有着15年党龄的老党员。2月10日，他第一批下沉到桂花社区，"
            "担任桂花社区第2网格“红色管家”。")
    assert "赵国强" in names(*text, label="Person")
    found = triples(*text)
    assert ("HOLDS_POST", "赵国强", "荷塘区民政局") in found
    assert ("SINKS_TO", "赵国强", "桂花社区") in found
    assert ("HOLDS_POST", "赵国强", "桂花社区") in found


def test_the_pronoun_does_not_reach_into_another_paragraph():
    found = triples(ZHUZHOU, "荷塘区民政局的赵国强是一名老党员。", "2月10日，他第一批下沉到桂花社区。")
    assert ("SINKS_TO", "赵国强", "桂花社区") not in found


def test_they_is_not_he():
    found = triples(ZHUZHOU, "荷塘区民政局的赵国强是一名老党员。2月10日，他们第一批下沉到桂花社区。")
    assert ("SINKS_TO", "赵国强", "桂花社区") not in found


# ---------------------------------------------------------------- 包村X, 驻村X


def test_a_cadre_who_takes_charge_of_a_village_pairs_with_it_and_sinks_there():
    text = (ANSHUN, "县水利局副局长周成林包村桃坪村，带领干部逐户排查。")
    assert "周成林" in names(*text, label="Person")
    assert "桃坪村" in names(*text, label="Community")
    assert not any("包村" in n for n in names(*text, label="Community"))
    found = triples(*text)
    assert ("PAIRS_WITH", "周成林", "桃坪村") in found
    assert ("SINKS_TO", "周成林", "桃坪村") in found
    assert ("HOLDS_POST", "周成林", "普定县水利局") in found


def test_a_person_after_de_stationed_in_a_village_sinks_there():
    text = (ANSHUN, "县烟草发展中心的龙小平驻村柳树湾村担任第一书记。")
    assert "龙小平" in names(*text, label="Person")
    assert "柳树湾村" in names(*text, label="Community")
    found = triples(*text)
    assert ("SINKS_TO", "龙小平", "柳树湾村") in found
    assert ("HOLDS_POST", "龙小平", "普定县烟草发展中心") in found


def test_a_stationed_post_title_still_names_the_post_and_the_village():
    found = triples(ANSHUN, "马官镇桃坪村驻村第一书记周成林是省水利厅选派的干部。")
    assert ("HOLDS_POST", "周成林", "桃坪村") in found
    assert ("SINKS_TO", "周成林", "桃坪村") in found


# ---------------------------------------------------------------- branches of firms named 局


def test_the_branch_of_a_power_supply_bureau_is_no_agency_body():
    found = triples(ZHUZHOU, "仙庾镇机关党支部与荷塘区供电局党支部结对共建。")
    assert ("TWINNED_WITH", "仙庾镇机关党支部", "荷塘区供电局党支部") in found
    assert not any(t == "SUBORDINATE_TO" and s == "荷塘区供电局党支部" for t, s, _ in found)


def test_the_branch_of_a_government_bureau_still_belongs_to_it():
    found = triples(ZHUZHOU, "仙庾镇机关党支部与荷塘区水利局党支部结对共建。")
    assert ("SUBORDINATE_TO", "荷塘区水利局党支部", "荷塘区水利局") in found


def test_a_post_taken_right_after_being_stationed_is_held_in_the_village():
    found = triples(ANSHUN, "县烟草发展中心的龙小平驻村柳树湾村担任第一书记。")
    assert ("HOLDS_POST", "龙小平", "柳树湾村") in found
    # A task is no post.
    found = triples(ANSHUN, "县烟草发展中心的龙小平驻村柳树湾村担任排查任务。")
    assert ("HOLDS_POST", "龙小平", "柳树湾村") not in found


# ---------------------------------------------------------------- a village forms its own team


def test_a_village_opening_the_clause_forms_its_team():
    found = triples(ANSHUN, "桃坪村组建了桃坪村党员志愿服务队，20名党员每天巡逻。")
    assert ("ESTABLISHED", "桃坪村", "桃坪村党员志愿服务队") in found
    assert not any(t == "ESTABLISHED" and s == "普定县" for t, s, _ in found)


def test_a_community_forms_a_team_with_a_quoted_name_that_lies_in_it():
    found = triples(ANSHUN, "在他的带动下，穿洞社区组建了“穿洞先锋”党员突击队，分成4个小组。")
    assert ("ESTABLISHED", "穿洞社区", "穿洞先锋党员突击队") in found
    assert ("LOCATED_IN", "穿洞先锋党员突击队", "穿洞社区") in found


def test_in_the_village_means_the_village_the_team_is_named_after():
    found = triples(ANSHUN, "桃坪村党总支书记李德明介绍，村里组建了桃坪村党员志愿服务队。")
    assert ("ESTABLISHED", "桃坪村", "桃坪村党员志愿服务队") in found


def test_a_bureau_sending_a_team_named_after_a_village_sinks_to_the_village():
    found = triples(ANSHUN, "县交通局派驻桃坪村工作队4人。")
    assert ("SINKS_TO", "普定县交通局", "桃坪村") in found
    assert ("LOCATED_IN", "桃坪村工作队", "桃坪村") in found


# ---------------------------------------------------------------- lists of units that pair


def test_listed_units_keep_their_region_and_each_pairs_with_the_one_community():
    text = (ANSHUN, "普定县财政局包联穿洞社区，普定县民政局、普定县自然资源和规划局等部门分别包联黄桶社区。")
    assert "普定县自然资源和规划局" in names(*text, label="Unit")
    assert "自然资源和规划局" not in names(*text, label="Unit")
    found = triples(*text)
    assert ("PAIRS_WITH", "普定县民政局", "黄桶社区") in found
    assert ("PAIRS_WITH", "普定县自然资源和规划局", "黄桶社区") in found
    assert ("PAIRS_WITH", "普定县财政局", "穿洞社区") in found
    assert ("PAIRS_WITH", "普定县财政局", "黄桶社区") not in found


def test_listed_units_pair_respectively_with_as_many_communities():
    found = triples(ANSHUN, "普定县民政局、普定县自然资源和规划局分别包联黄桶社区和穿洞社区。")
    assert ("PAIRS_WITH", "普定县民政局", "黄桶社区") in found
    assert ("PAIRS_WITH", "普定县自然资源和规划局", "穿洞社区") in found
    assert ("PAIRS_WITH", "普定县民政局", "穿洞社区") not in found


# ---------------------------------------------------------------- 下设 after a post title


def test_groups_set_up_after_a_post_title_are_not_put_under_the_body_in_the_title():
    text = (ZHUZHOU, "荷塘区人民医院接管隔离点，同日成立隔离点临时党支部，区卫健委副主任陈平担任临时党支部书记，"
            "下设医疗救治、后勤保障、安全管理3个党小组。")
    assert {"医疗救治党小组", "后勤保障党小组"} <= names(*text, label="PartyOrg")
    found = triples(*text)
    assert not any(t == "SUBORDINATE_TO" and "党小组" in s for t, s, _ in found)
    assert ("HOLDS_POST", "陈平", "荷塘区卫健委") in found


def test_groups_set_up_by_the_branch_itself_are_under_it():
    found = triples(ZHUZHOU, "隔离点临时党支部下设医疗救治、后勤保障2个党小组。")
    assert ("SUBORDINATE_TO", "医疗救治党小组", "隔离点临时党支部") in found
    assert ("SUBORDINATE_TO", "后勤保障党小组", "隔离点临时党支部") in found


def test_groups_set_up_after_a_branch_named_as_an_object_are_not_put_under_it():
    found = triples(ZHUZHOU, "荷塘区在隔离点成立隔离点临时党总支，下设医疗救治、后勤保障2个临时党支部。")
    assert not any(t == "SUBORDINATE_TO" and s.endswith("党支部") for t, s, _ in found)


# ---------------------------------------------------------------- villages of a town


def test_every_village_listed_after_a_town_with_de_is_in_it():
    found = triples(ANSHUN, "化处镇的桃坪村、柳树湾村开展排查。")
    assert ("LOCATED_IN", "桃坪村", "化处镇") in found
    assert ("LOCATED_IN", "柳树湾村", "化处镇") in found


TOWN_REPORT = "贵州省安顺市普定县马官镇坚持党建引领，马官镇党委统筹全镇防控。"


def test_villages_of_a_report_about_one_town_are_in_that_town():
    found = triples(TOWN_REPORT, "县交通局派驻桃坪村工作队4人，县水利局干部周成林驻村柳树湾村。")
    assert ("LOCATED_IN", "桃坪村", "马官镇") in found
    assert ("LOCATED_IN", "柳树湾村", "马官镇") in found


def test_villages_are_not_put_in_the_main_town_when_another_town_is_named():
    found = triples(TOWN_REPORT, "化处镇组织干部驻村柳树湾村。")
    assert ("LOCATED_IN", "柳树湾村", "马官镇") not in found


# ---------------------------------------------------------------- <unit>的党员干部X


def test_a_staff_word_after_de_still_ties_the_person_to_the_unit():
    found = triples(ZHUZHOU, "荷塘区城管局的党员干部钟新民，3月2日下沉到桂花社区后，主动认领了排查任务。")
    assert ("HOLDS_POST", "钟新民", "荷塘区城管局") in found
    assert ("SINKS_TO", "钟新民", "桂花社区") in found


def test_qita_is_no_pronoun_and_a_named_sinker_keeps_its_own_sinking():
    first = "县民政局的赵国强是一名老党员。"
    found = triples(ANSHUN, first + "其他干部下沉到穿洞社区。")
    assert ("SINKS_TO", "赵国强", "穿洞社区") not in found
    found = triples(ANSHUN, first + "3月1日，县财政局下沉到穿洞社区。")
    assert ("SINKS_TO", "普定县财政局", "穿洞社区") in found
    assert ("SINKS_TO", "赵国强", "穿洞社区") not in found


def test_a_team_named_for_being_stationed_keeps_its_name_and_sinks():
    text = (ANSHUN, "县水利局驻村工作队进驻桃坪村。")
    assert "普定县水利局驻村工作队" in names(*text, label="Team")
    assert ("SINKS_TO", "普定县水利局驻村工作队", "桃坪村") in triples(*text)
