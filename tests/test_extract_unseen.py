"""Constructions met in unseen reports (a development set), each written here with other
names and places, so that the rules are checked on the construction and not on one report."""

from kb.resolve import resolve_article

from .extract_helpers import entities, facts_of, names, triples

# ---------------------------------------------------------------- persons and posts


def test_a_surname_that_is_also_a_conjunction_starts_a_name_after_a_title():
    text = ("昆明市盘龙区全力抗疫。", "在金星社区,区民政局挂点联系该社区。局党组书记、局长和国庆带领15名党员干部进驻社区。")
    assert "和国庆" in names(*text, label="Person")
    got = triples(*text)
    # 局党组 is the bureau named in the sentence before; 局长 is a post in the bureau itself.
    assert ("HOLDS_POST", "和国庆", "盘龙区民政局") in got
    assert ("HOLDS_POST", "和国庆", "盘龙区民政局党组") in got


def test_the_conjunction_after_a_title_still_joins_words():
    text = ("昆明市盘龙区全力抗疫。", "社区党委书记和大家一起值守,局长和副局长带队巡查,主任和他的同事连夜赶到。"
            "社区书记和同事们连夜值守,主任和村民一起搬运物资,站长和医护人员坚守岗位。")
    assert names(*text, label="Person") == set()


def test_a_sentence_opening_with_he_names_a_community_that_starts_with_he():
    got = triples("大连市甘井子区全力抗疫。", "和美社区党委书记、居委会主任李秀英说:“大家都很配合。”")
    assert ("HOLDS_POST", "李秀英", "和美社区党委") in got
    assert ("HOLDS_POST", "李秀英", "和美社区居委会") in got
    assert not any(t.startswith("美社区") for _, _, t in got)


def test_a_city_short_form_opening_a_community_name_twice_is_no_city():
    text = ("太原市小店区全力抗疫。", "在坞城街道长治南社区,长治南社区党委书记、居委会主任王丽带领社区干部巡查。")
    got = triples(*text)
    assert "长治市" not in names(*text, label="Region")
    assert ("HOLDS_POST", "王丽", "长治南社区居委会") in got
    assert ("LOCATED_IN", "长治南社区", "坞城街道") in got


# ---------------------------------------------------------------- back-references to a community


def test_gai_shequ_is_the_community_just_named_and_a_bare_shequ_after_jinzhu_too():
    got = triples("昆明市盘龙区全力抗疫。", "在金星社区,区民政局挂点联系该社区。局党组书记、局长和国庆带领15名党员干部进驻社区。")
    assert ("PAIRS_WITH", "盘龙区民政局", "金星社区") in got
    assert ("SINKS_TO", "和国庆", "金星社区") in got


def test_units_listed_before_jiedui_danwei_report_to_the_community():
    got = triples("株洲市芦淞区全力抗疫。", "“人手远远不够。”靠社区干部撑不住。",
                  "麓枫街道东风社区党委书记、居委会主任李红介绍,8月10日,区发改局、区水务局等4个结对单位的党员干部先后到社区报到。")
    assert ("SINKS_TO", "芦淞区发改局", "东风社区") in got
    assert ("SINKS_TO", "芦淞区水务局", "东风社区") in got
    # 结对单位 is a noun (the units twinned with it); the verb stated is 报到.
    assert not any(t == "TWINNED_WITH" for t, _, _ in got)


def test_a_bare_shequ_with_two_communities_named_is_left_alone():
    got = triples("昆明市盘龙区全力抗疫。", "东风社区与红星社区相邻。区水务局干部进驻社区。")
    assert not any(t == "SINKS_TO" and o in ("东风社区", "红星社区") for t, _, o in got)


def test_a_bare_shequ_after_zai_in_a_clause_led_by_a_person_goes_to_the_paragraphs_community():
    got = triples("大连市甘井子区全力抗疫。",
                  "在安静街道,区人社局包保的和平里社区是一个老旧小区。区人社局党组书记、局长王庆担任和平里社区“第二书记”,"
                  "带领本局20名党员干部在社区驻点。")
    assert ("HOLDS_POST", "王庆", "和平里社区") in got  # 和 after a verb cannot be a conjunction
    assert ("SINKS_TO", "王庆", "和平里社区") in got
    assert ("PAIRS_WITH", "甘井子区人社局", "和平里社区") in got


# ---------------------------------------------------------------- posts stated in other ways


def test_an_adverb_between_the_name_and_danren():
    got = triples("大连市甘井子区全力抗疫。", "80岁的老党员刘万福主动担任和平里小区5号楼楼长。")
    assert any(t == "HOLDS_POST" and s == "刘万福" and o.startswith("和平里小区") for t, s, o in got)


def test_the_body_that_sent_a_person_is_an_affiliation_and_zhucun_means_stationed():
    got = triples("长沙市望城区全力抗疫。", "乔口镇团山村驻村第一书记李明是省农业农村厅选派的干部,他和村“两委”一道巡查。",
                  "湖南大学选派的干部周军也在村里。")
    assert ("HOLDS_POST", "李明", "省农业农村厅") in got
    assert ("HOLDS_POST", "李明", "团山村") in got
    assert ("SINKS_TO", "李明", "团山村") in got
    assert ("HOLDS_POST", "周军", "湖南大学") in got


def test_a_post_in_a_body_defined_by_its_leader_even_with_a_class_word_name():
    got = triples("长沙市天心区全力抗疫。", "由区民政局副局长赵敏担任组长的隔离管理工作专班,每天调度车辆。")
    assert ("HOLDS_POST", "赵敏", "隔离管理工作专班") in got
    assert ("HOLDS_POST", "赵敏", "天心区民政局") in got


def test_a_bare_title_goes_to_the_site_named_earlier_in_the_sentence():
    got = triples("杭州市西湖区全力抗疫。", "当天,北山街道接管龙泉宾馆隔离点,北山街道党工委副书记周明担任点长。")
    assert ("HOLDS_POST", "周明", "龙泉宾馆隔离点") in got
    assert ("TAKES_OVER", "北山街道", "龙泉宾馆隔离点") in got


def test_a_team_named_after_what_it_does_keeps_baobao():
    got = triples("郑州市中原区全力抗疫。", "区水务局副局长陈亮担任红星社区包保工作组组长。")
    assert ("HOLDS_POST", "陈亮", "红星社区包保工作组") in got


def test_a_verb_inside_a_post_title_does_not_break_it():
    got = triples("沈阳市和平区全力抗疫。", "此前,体育馆方舱医院已由和平区接管,区卫健局副局长钱伟担任方舱医院院区总协调。")
    assert ("HOLDS_POST", "钱伟", "体育馆方舱医院") in got


def test_a_team_opening_a_clause_sets_up_its_own_branch_and_its_leader_holds_the_post():
    got = triples("沈阳市和平区全力抗疫。",
                  "11月3日,中国医科大学附属第一医院医疗队进驻和平区体育馆方舱医院,医疗队成立方舱医院临时党支部,"
                  "医疗队队长孙红担任支部书记。")
    assert ("ESTABLISHED", "中国医科大学附属第一医院医疗队", "和平区体育馆方舱医院临时党支部") in got
    assert ("HOLDS_POST", "孙红", "和平区体育馆方舱医院临时党支部") in got


# ---------------------------------------------------------------- who sinks


def test_a_body_that_sends_a_class_of_team_sinks_with_it():
    got = triples("长春市南关区全力抗疫。", "团市委组织青年突击队进驻东风社区。")
    assert ("SINKS_TO", "团市委", "东风社区") in got


def test_a_clause_opening_with_dailing_belongs_to_the_person_named_before():
    got = triples("长春市南关区全力抗疫。",
                  "区委常委、组织部部长赵刚任新华街道防控指挥部总指挥,当天即带领区委组织部机关干部进驻新华街道。")
    assert ("SINKS_TO", "赵刚", "新华街道") in got
    assert ("SINKS_TO", "南关区委组织部", "新华街道") in got


# ---------------------------------------------------------------- who sets up, who adopts


def test_huitong_is_a_verb_and_both_bodies_set_up_the_committee():
    text = ("长沙市天心区全力抗疫。", "区委组织部会同坡子街街道党工委,在封控区成立坡子街街道疫情防控临时党委,下设4个临时党支部。")
    got = triples(*text)
    assert ("ESTABLISHED", "天心区委组织部", "坡子街街道疫情防控临时党委") in got
    assert ("ESTABLISHED", "坡子街街道党工委", "坡子街街道疫情防控临时党委") in got
    assert "会同县" not in names(*text, label="Region")
    assert not any(n.startswith("会同") for _, n in entities(*text))


def test_a_clause_without_its_own_subject_shares_the_sentence_opening_subject():
    got = triples("济南市历下区全力抗疫。",
                  "历下区委第一时间启动战时机制,成立由区委书记王涛任总指挥的区疫情防控指挥部,实行“片长制+楼长制”工作模式。")
    assert ("ADOPTS", "历下区委", "片长制+楼长制工作模式") in got
    assert ("HOLDS_POST", "王涛", "历下区疫情防控指挥部") in got


def test_following_a_quoted_requirement_is_adopting_it():
    got = triples("济南市历下区全力抗疫。", "区委常委、区委组织部部长孙涛介绍,全区按照“两包一”要求,由一名区级领导和一个区直部门共同包干一个小区。",
                  "“两包一”让责任落到了人。")
    assert ("ADOPTS", "历下区", "两包一") in got
    # the speaker's body is named in the clause before; 全区 is this clause's own subject
    assert not any(t == "ADOPTS" and s != "历下区" for t, s, _ in got)


def test_a_branch_that_is_set_up_after_its_site_was_taken_over_is_the_actors():
    got = triples("杭州市西湖区全力抗疫。",
                  "当天下午,北山街道接管龙泉宾馆隔离点,北山街道党工委副书记周明担任点长。龙泉宾馆隔离点临时党支部随即成立,"
                  "由区疾控中心副主任吴斌担任临时党支部书记。")
    assert ("ESTABLISHED", "北山街道", "龙泉宾馆隔离点临时党支部") in got
    assert ("HOLDS_POST", "吴斌", "龙泉宾馆隔离点临时党支部") in got


def test_a_team_formed_of_members_of_listed_bodies_is_set_up_by_the_subject():
    got = triples("郑州市二七区全力抗疫。",
                  "建中街街道党工委书记李梅介绍,街道组建了由区卫健局、区城管局等单位党员组成的“二七蓝”党员突击队,共60人。")
    assert any(t == "ESTABLISHED" and s.startswith("建中街街道") and o == "二七蓝党员突击队" for t, s, o in got)


# ---------------------------------------------------------------- where communities are


def test_communities_of_a_sentence_about_one_subdistrict_are_in_it():
    got = triples("昆明市官渡区全力抗疫。", "关上街道是此轮疫情的重点区域,辖区内的金马、银河、星火3个社区先后被划为封控区。")
    for c in ("金马社区", "银河社区", "星火社区"):
        assert ("LOCATED_IN", c, "关上街道") in got
    assert not any(n.startswith("内的") for _, n in entities(*("昆明市官渡区全力抗疫。",
                                                              "关上街道是重点区域,辖区内的金马、银河、星火3个社区被划为封控区。")))


def test_zai_a_subdistrict_places_the_communities_of_the_sentence_and_a_town_paragraph_its_villages():
    got = triples("郑州市二七区全力抗疫。", "在建中街街道,幸福花园小区临时党支部书记王军带领13名党员送菜。",
                  "侯寨乡是二七区唯一的乡。刘庄村驻村第一书记赵亮是郑州大学选派的干部。")
    assert ("LOCATED_IN", "幸福花园小区", "建中街街道") in got
    assert ("LOCATED_IN", "刘庄村", "侯寨乡") in got
    assert ("SINKS_TO", "赵亮", "刘庄村") in got


def test_old_and_sealed_estates_are_classes_not_names():
    text = ("郑州市二七区全力抗疫。", "建中街街道是老旧小区较为集中的区域,党员负责封控小区的物资配送。")
    x = resolve_article(facts_of(*text))
    assert {e.name for e in x.entities if e.label == "Community" and not e.generic} == set()
    assert not any(t == "LOCATED_IN" and o == "建中街街道" for t, _, o in triples(*text))


def test_a_lane_is_a_community_but_every_street_and_lane_is_not():
    text = ("杭州市上城区全力抗疫。", "全区按街巷划分责任区,区市场监管局包保柳翠巷,志愿者走遍背街小巷,米市巷街道党工委也在街巷巡查。")
    got = triples(*text)
    assert ("PAIRS_WITH", "上城区市场监管局", "柳翠巷") in got
    assert names(*text, label="Community") == {"柳翠巷"}
    assert "米市巷街道" in names(*text, label="Region")


# ---------------------------------------------------------------- teams and practices


def test_a_working_group_named_after_a_body_is_one_of_its_groups():
    got = triples("昆明市官渡区全力抗疫。", "官渡区疾控中心消杀组组长李静带领38名流调人员轮班。")
    assert ("SUBORDINATE_TO", "官渡区疾控中心消杀组", "官渡区疾控中心") in got
    assert ("HOLDS_POST", "李静", "官渡区疾控中心消杀组") in got


def test_a_formula_of_two_ways_of_working_is_no_mechanism_but_one_of_systems_or_numbers_is():
    text = ("洛阳市涧西区全力抗疫。", "全区以“网格化+大走访”守牢防线,实行“楼长制+网格员”工作模式,形成了“1+5+N”联防机制。")
    mechs = names(*text, label="Mechanism")
    assert "网格化+大走访" not in mechs
    assert "楼长制+网格员工作模式" in mechs
    assert "1+5+N联防机制" in mechs


def test_a_quoted_layout_that_is_built_is_no_mechanism():
    text = ("成都市成华区全力抗疫。", "工作专班连夜完成房间清点和“两区三通道”改造。")
    assert names(*text, label="Mechanism") == set()


def test_a_quoted_post_title_used_twice_is_a_practice_and_still_a_post():
    text = ("沈阳市皇姑区全力抗疫。", "全区推行社区“第二书记”。区人社局局长王刚担任明廉社区“第二书记”。")
    assert "第二书记" in names(*text, label="Mechanism")
    assert ("HOLDS_POST", "王刚", "明廉社区") in triples(*text)


def test_yi_name_wei_title_de_body_is_a_post_in_that_body():
    got = triples("南昌市青山湖区全力抗疫。", "区委成立以区委副书记周斌为组长的社区防控工作专班。")
    assert ("HOLDS_POST", "周斌", "社区防控工作专班") in got
    assert ("ESTABLISHED", "青山湖区委", "社区防控工作专班") in got


def test_gai_cun_after_a_village_was_named_and_sent_there_by_a_department():
    got = triples("南昌市青山湖区全力抗疫。", "区城管局包保该镇的顺外村,派出干部进驻该村。",
                  "京东镇白云村驻村第一书记黄磊是省财政厅派驻该村的干部。")
    assert ("SINKS_TO", "青山湖区城管局", "顺外村") in got
    assert ("HOLDS_POST", "黄磊", "省财政厅") in got
    assert ("SINKS_TO", "黄磊", "白云村") in got
