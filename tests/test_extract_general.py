"""Constructions of the genre that the seeds do not contain, written for these tests
(other provinces, other names), so that the rules are checked on what they generalise to."""

from .extract_helpers import entities, facts_of, names, triples

# ---------------------------------------------------------------- verb-led boundaries


def test_a_name_before_ren_ends_there_and_the_verb_starts_no_place():
    text = ("长春市朝阳区全力抗疫。", "区委常委、宣传部部长王海任桂林路街道防控指挥部总指挥。")
    got = triples(*text)
    assert names(*text, label="Person") == {"王海"}
    assert "桂林路街道" in names(*text, label="Region")
    assert not any(n.startswith(("任", "海任")) for _, n in entities(*text))
    assert ("HOLDS_POST", "王海", "桂林路街道防控指挥部") in got


def test_a_committee_post_and_a_department_post_joined_by_dun_comma():
    got = triples("长春市朝阳区全力抗疫。", "区委常委、宣传部部长王海任桂林路街道防控指挥部总指挥。")
    assert ("HOLDS_POST", "王海", "朝阳区委") in got
    assert ("HOLDS_POST", "王海", "朝阳区委宣传部") in got
    got = triples("太原市全力抗疫。", "市委常委、组织部部长赵强到许坦社区调研。")
    assert ("HOLDS_POST", "赵强", "太原市委组织部") in got


def test_a_two_character_name_before_danren_and_no_function_word_in_a_name():
    text = ("长沙市岳麓区全力抗疫。", "区卫健局成立“岳麓先锋”突击队,由王芳担任队长。")
    assert names(*text, label="Person") == {"王芳"}
    assert ("HOLDS_POST", "王芳", "岳麓先锋突击队") in triples(*text)
    text = ("长沙市岳麓区全力抗疫。", "区卫健局成立“岳麓先锋”突击队,由刘强任队长。")
    assert names(*text, label="Person") == {"刘强"}


def test_a_class_of_people_before_danren_is_no_person():
    assert names("南京市江宁区全力抗疫。", "竹山社区实行“楼长制”,由党员担任楼长。", label="Person") == set()


def test_a_verb_before_a_level_prefixed_body_is_not_part_of_it():
    text = ("成都市郫都区全力抗疫。", "经区委组织部研究,选派一批干部。")
    assert "郫都区委组织部" in names(*text, label="Unit")
    assert not any(n.startswith("经") for _, n in entities(*text))


def test_verbs_of_what_people_do_are_not_part_of_a_site():
    text = ("长沙市岳麓区全力抗疫。", "莲花镇党委副书记、镇长陈明带队巡查卡口。")
    assert names(*text, label="Person") == {"陈明"}
    assert ("HOLDS_POST", "陈明", "莲花镇党委") in triples(*text)
    assert not any("陈明" in n for n in names(*text, label="Site"))


# ---------------------------------------------------------------- gazetteer short forms


def test_a_short_form_that_starts_another_word_is_no_region():
    # a county's short form before 银行 is a brand; any short form before 路 a road
    regions = names("南京市全力抗疫。", "秦淮银行党支部与广东省中山路社区志愿者参与防控。", label="Region")
    assert "秦淮区" not in regions and "中山市" not in regions
    # a city's or province's short form before an institution does name the place
    assert ("LOCATED_IN", "临汾日报社", "临汾市") in triples("临汾市全力抗疫。", "临汾日报社选派记者。")
    # a short form standing alone is still read under its parent
    assert "江宁区" in names("南京市全力抗疫。", "江宁各街道积极行动,江宁全区动员。", label="Region")


# ---------------------------------------------------------------- roads and places are not communities


def test_a_community_head_inside_a_road_or_subdistrict_name_is_none():
    text = ("青岛市李沧区全力抗疫。", "李村街道集中隔离点由区卫健局负责,花园路街道党工委配合。")
    communities = names(*text, label="Community")
    assert not communities & {"李村", "花园", "青岛市李沧区花园"}
    assert {"李村街道", "花园路街道"} <= names(*text, label="Region")
    assert ("LOCATED_IN", "李村街道集中隔离点", "李村街道") in triples(*text)


def test_a_community_named_after_a_road_has_no_inner_community():
    text = ("郑州市金水区全力抗疫。", "花园路社区党委书记李娜组织党员值守,新村路小区临时党支部组织核酸检测。")
    assert {"花园路社区", "新村路小区"} <= names(*text, label="Community")
    assert not names(*text, label="Community") & {"花园", "新村"}


def test_headline_verbs_make_no_community():
    text = ("南京:党员先锋守牢小区防线,党建引领织密社区防控网。",)
    assert names(*text, label="Community") <= {"小区", "社区"}


def test_a_community_head_right_after_a_body_is_what_the_body_does():
    text = ("济南市历下区全力抗疫。", "区委常委、组织部部长韩冰任历下区疫情防控指挥部社区防控组组长。")
    got = triples(*text)
    assert not any(n.endswith("指挥部社区") for n in names(*text, label="Community"))
    assert ("HOLDS_POST", "韩冰", "历下区疫情防控指挥部社区防控组") in got
    assert ("SUBORDINATE_TO", "历下区疫情防控指挥部社区防控组", "历下区疫情防控指挥部") in got


# ---------------------------------------------------------------- relations


def test_plain_active_and_passive_take_over_with_an_adverb_of_duty():
    assert ("TAKES_OVER", "禄口街道", "机场隔离点") in triples("南京市江宁区全力抗疫。", "禄口街道接管了机场隔离点。")
    assert ("TAKES_OVER", "纸坊街道", "阳光酒店隔离点") in triples(
        "武汉市江夏区全力抗疫。", "阳光酒店隔离点由纸坊街道负责接管。")
    assert ("TAKES_OVER", "江夏区", "汤逊湖隔离点") in triples(
        "武汉市江夏区全力抗疫。", "由江夏区负责接管汤逊湖隔离点。")


def test_a_list_of_bodies_twinned_with_a_subdistrict():
    got = triples("杭州市拱墅区全力抗疫。", "区财政局、区司法局、团区委等单位结对共建米市巷街道。")
    assert ("TWINNED_WITH", "拱墅区财政局", "米市巷街道") in got
    assert ("TWINNED_WITH", "拱墅区司法局", "米市巷街道") in got
    # a district is too large to be one end of a pair
    assert not any(t == "TWINNED_WITH" and o == "拱墅区"
                   for t, _, o in triples("杭州市拱墅区全力抗疫。", "区财政局结对共建拱墅区。"))


def test_a_company_branch_twinned_with_a_village_branch():
    got = triples("成都市郫都区全力抗疫。", "四川华西建设公司党支部与荷花池村党支部结对共建。")
    assert ("TWINNED_WITH", "四川华西建设公司党支部", "荷花池村党支部") in got


def test_a_bare_title_belongs_to_the_fitting_body_set_up_in_the_sentence():
    got = triples("长沙市岳麓区全力抗疫。", "成立莲花镇疫情防控指挥部,由区卫健局副局长刘强担任总指挥。")
    assert ("HOLDS_POST", "刘强", "莲花镇疫情防控指挥部") in got
    assert ("HOLDS_POST", "刘强", "岳麓区卫健局") in got
    # a 组长 leads a group, not a command post: better no edge than a wrong one
    got = triples("长沙市岳麓区全力抗疫。", "成立莲花镇疫情防控指挥部,由区卫健局副局长刘强担任组长。")
    assert ("HOLDS_POST", "刘强", "莲花镇疫情防控指挥部") not in got


def test_a_body_set_up_with_its_leader_named_in_a_frame():
    got = triples("福州市鼓楼区全力抗疫。", "洪山镇成立由镇党委书记黄强任组长的洪山镇防疫督查小组。")
    assert ("HOLDS_POST", "黄强", "洪山镇防疫督查小组") in got
    assert ("HOLDS_POST", "黄强", "洪山镇党委") in got
    assert ("ESTABLISHED", "洪山镇", "洪山镇党委") not in got


def test_staff_of_a_body_sinking_to_a_community():
    got = triples("南京市江宁区全力抗疫。", "区人社局干部王磊下沉到东山街道竹山社区。")
    assert ("SINKS_TO", "王磊", "竹山社区") in got
    assert ("HOLDS_POST", "王磊", "江宁区人社局") in got


def test_the_bureau_referred_to_by_its_head_character():
    got = triples("福州市鼓楼区全力抗疫。", "区财政局包保汤边社区,局党组书记、局长林峰带领党员干部进驻汤边社区。")
    assert ("PAIRS_WITH", "鼓楼区财政局", "汤边社区") in got
    assert ("HOLDS_POST", "林峰", "鼓楼区财政局党组") in got
    assert ("SINKS_TO", "林峰", "汤边社区") in got


def test_a_village_first_secretary_and_community_posts():
    got = triples("成都市郫都区全力抗疫。", "荷花池村驻村第一书记张伟每天走访农户。")
    assert ("HOLDS_POST", "张伟", "荷花池村") in got
    got = triples("成都市武侯区全力抗疫。", "玉林社区党委书记、居委会主任王芳带领居民参与防控。")
    assert ("HOLDS_POST", "王芳", "玉林社区党委") in got
    assert ("HOLDS_POST", "王芳", "玉林社区居委会") in got


def test_a_medical_team_enters_a_cabin_hospital():
    got = triples("武汉市江夏区全力抗疫。", "省人民医院医疗队进驻江夏方舱医院。")
    assert ("SINKS_TO", "省人民医院医疗队", "江夏方舱医院") in got


def test_an_org_chain_in_quotes_is_a_chain_not_a_practice():
    text = ("济南市历下区全力抗疫。", "解放路街道推行“社区党委—网格党支部—楼栋党小组”三级组织体系。")
    got = triples(*text)
    assert ("SUBORDINATE_TO", "网格党支部", "社区党委") in got
    assert ("SUBORDINATE_TO", "楼栋党小组", "网格党支部") in got
    assert not names(*text, label="Mechanism")


def test_sets_up_temporary_branches():
    got = triples("武汉市江夏区全力抗疫。", "纸坊街道成立临时党委,下设9个临时党支部。")
    assert ("ESTABLISHED", "纸坊街道", "临时党委") in got
    assert ("SUBORDINATE_TO", "临时党支部", "临时党委") in got


# ---------------------------------------------------------------- lists


def test_a_list_with_deng_may_name_fewer_than_it_counts():
    text = ("武汉市江夏区全力抗疫。", "幸福、和平、光明等5个社区实行网格化管理。")
    assert {"幸福社区", "和平社区", "光明社区"} <= names(*text, label="Community")
    assert "和平区" not in names(*text, label="Region")


def test_a_list_without_deng_must_name_all_it_counts():
    text = ("武汉市江夏区全力抗疫。", "锦绣、华庭、金桥3个小区设立了党员先锋岗。")
    assert {"锦绣小区", "华庭小区", "金桥小区"} <= names(*text, label="Community")
    text = ("武汉市江夏区全力抗疫。", "锦绣、华庭、金桥5个小区设立了党员先锋岗。")
    assert "锦绣小区" not in names(*text, label="Community")


def test_a_list_of_issuers():
    got = triples("南京市江宁区全力抗疫。", "江宁区委组织部、区委宣传部联合印发《关于在一线考察识别干部的通知》。")
    assert ("ISSUED", "江宁区委组织部", "关于在一线考察识别干部的通知") in got
    assert ("ISSUED", "江宁区委宣传部", "关于在一线考察识别干部的通知") in got


def test_every_mention_of_the_general_sentences_has_its_sentence():
    # the helper articles run through the whole pipeline, including counts
    f = facts_of("太原市小店区全力抗疫。", "全区2.3万名在职党员到居住地社区报到。")
    counts = [c for sf in f.sentences for c, _ in sf.counts]
    assert any(c.value == 23000 for c in counts)


def test_fenbie_pairs_the_lists_in_order():
    got = triples("昆明市五华区全力抗疫。", "区财政局、区审计局分别包保龙翔街道和丰宁街道。")
    assert ("PAIRS_WITH", "五华区财政局", "龙翔街道") in got
    assert ("PAIRS_WITH", "五华区审计局", "丰宁街道") in got
    assert ("PAIRS_WITH", "五华区财政局", "丰宁街道") not in got
    # lists of different lengths: no pair is certain, so none is stated
    got = triples("昆明市五华区全力抗疫。", "区财政局、区审计局分别包保龙翔街道、丰宁街道和红云街道。")
    assert not any(t == "PAIRS_WITH" for t, _, _ in got)


def test_a_community_body_named_by_its_kind_after_the_community():
    got = triples("昆明市五华区全力抗疫。", "在华山街道翠湖社区,社区党委书记杨雪带领网格员逐户排查。")
    assert ("HOLDS_POST", "杨雪", "翠湖社区党委") in got
    # many communities' committees are no one community's
    text = ("昆明市五华区全力抗疫。", "翠湖社区开展排查,各社区党委书记带头值守。")
    assert "翠湖社区党委" not in names(*text, label="PartyOrg")


def test_a_named_community_adopts_a_practice_itself():
    got = triples("郑州市金水区全力抗疫。", "经八路街道纬五路第一社区建立“1+5+N”联防机制,将辖区划分为36个网格。")
    assert ("ADOPTS", "纬五路第一社区", "1+5+N联防机制") in got
    assert ("ADOPTS", "金水区", "1+5+N联防机制") not in got


def test_a_name_then_its_post_as_an_apposition():
    text = ("合肥市蜀山区全力抗疫。", "张三,笔架山街道井岗社区党委书记,连续30天吃住在社区。")
    assert ("HOLDS_POST", "张三", "笔架山街道井岗社区党委") in triples(*text)


def test_a_town_name_before_a_village_is_not_a_town_head_title():
    text = ("合肥市蜀山区全力抗疫。", "南岗镇长林村党支部书记李明说,村里的党员都动起来了。")
    assert "长林村" in names(*text, label="Community")
    assert ("LOCATED_IN", "长林村", "南岗镇") in triples(*text)


def test_the_leader_of_a_class_of_team_sinks_with_it():
    got = triples("合肥市蜀山区全力抗疫。", "区人民医院副院长赵八带领医疗队进驻蜀山方舱医院。")
    assert ("SINKS_TO", "赵八", "蜀山方舱医院") in got
    assert ("HOLDS_POST", "赵八", "蜀山区人民医院") in got


def test_an_adverb_after_a_two_character_name_ends_it():
    assert names("合肥市蜀山区全力抗疫。", "社区书记王芳和网格员李丽一起上门排查。", label="Person") == {"王芳", "李丽"}


def test_staff_titles_and_two_character_verbs_opening_with_a_preposition():
    text = ("合肥市蜀山区全力抗疫。", "井岗社区下沉干部、区统计局科员周敏主动请缨。")
    assert ("HOLDS_POST", "周敏", "蜀山区统计局") in triples(*text)
    text = ("合肥市蜀山区全力抗疫。", "三里庵街道对接安徽大学、合肥工业大学等高校。")
    assert "安徽大学" in names(*text, label="Unit")


def test_the_committee_referred_to_by_its_head_character():
    got = triples("西安市雁塔区全力抗疫。", "区发改委包联雁南社区,委党组书记、主任马骏带领26名干部进驻雁南社区。")
    assert ("HOLDS_POST", "马骏", "雁塔区发改委党组") in got
    assert ("SINKS_TO", "马骏", "雁南社区") in got


def test_a_place_after_zai_is_not_the_subject():
    got = triples("西安市雁塔区全力抗疫。", "电子城街道在西安高新医院设立集中隔离点。")
    assert ("ESTABLISHED", "电子城街道", "集中隔离点") in got
    assert not any(t == "ESTABLISHED" and src == "西安高新医院" for t, src, _ in got)


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


def test_words_after_a_post_title_that_only_look_like_names():
    for sentence in ("街道党工委书记靠前指挥,局长全程督导。", "由区卫健局局长任组长,分管副局长任副组长。",
                     "各社区书记任网格长。", "区委书记高度重视。", "社区主任常常工作到深夜。",
                     "社区书记马上组织党员。", "主任周密部署。"):
        assert names("武汉市洪山区全力抗疫。", sentence, label="Person") == set(), sentence
    # real names after a title still count, whatever verb follows
    assert names("武汉市洪山区全力抗疫。", "司法局党组成员、工会主席付崇吉作为老兵冲在前。", label="Person") == {"付崇吉"}
    assert names("武汉市洪山区全力抗疫。", "社区书记王建国第一时间赶到现场。", label="Person") == {"王建国"}


def test_a_group_head_inside_organising_is_no_head():
    assert names("沈阳市沈河区全力搭建疫情防控组织防线。", label="Team") == set()


def test_a_party_group_post_and_the_bureau_post_after_it():
    f = facts_of("郑州市金水区全力抗疫。", "区财政局党组书记、局长赵海涛包保丰产路街道农科社区。")
    posts = {(r.target.name, r.properties["title"]) for sf in f.sentences for r in sf.relations
             if r.type == "HOLDS_POST"}
    assert ("金水区财政局党组", "书记") in posts
    assert ("金水区财政局", "局长") in posts
    assert ("PAIRS_WITH", "赵海涛", "农科社区") in triples("郑州市金水区全力抗疫。", "区财政局党组书记、局长赵海涛包保丰产路街道农科社区。")


def test_an_estate_name_before_a_residential_head_is_one_community():
    text = ("上海市徐汇区全力抗疫。", "凌云街道梅陇三村居民区党总支书记朱丽萍带领志愿者值守。")
    communities = names(*text, label="Community")
    assert "梅陇三村居民区" in communities and "梅陇三村" not in communities
    assert ("HOLDS_POST", "朱丽萍", "凌云街道梅陇三村居民区党总支") in triples(*text)


def test_a_list_of_introduced_persons_all_sink():
    got = triples("上海市徐汇区全力抗疫。", "街道选派机关干部陈浩、刘洁、王斌下沉到梅陇三村居民区。")
    assert {("SINKS_TO", p, "梅陇三村居民区") for p in ("陈浩", "刘洁", "王斌")} <= got


def test_a_hospital_named_central_and_a_civil_affairs_bureau():
    text = ("上海市徐汇区全力抗疫。", "徐汇区中心医院医疗队进驻凌云街道核酸采样点。")
    assert "徐汇区中心" not in names(*text, label="Unit")
    got = triples("上海市徐汇区全力抗疫。", "康健街道成立寿祥坊居民区临时党支部,由下沉干部、区民政局干部沈佳任书记。")
    assert ("HOLDS_POST", "沈佳", "寿祥坊居民区临时党支部") in got
    assert ("HOLDS_POST", "沈佳", "徐汇区民政局") in got


def test_one_body_twinned_with_a_list_and_the_body_twins_with_the_community_side():
    got = triples("武汉市洪山区全力抗疫。", "区卫健局党支部与东湖社区、西湖社区结对共建。")
    assert {("TWINNED_WITH", "洪山区卫健局党支部", c) for c in ("东湖社区", "西湖社区")} <= got
    got = triples("武汉市洪山区全力抗疫。", "东湖社区党委与区卫健局党支部、区财政局党支部结对共建。")
    assert {("TWINNED_WITH", b, "东湖社区党委") for b in ("洪山区卫健局党支部", "洪山区财政局党支部")} <= got


def test_a_name_after_a_title_may_be_followed_by_an_ordinary_verb():
    got = triples("武汉市洪山区全力抗疫。", "东湖社区党委书记张敏和西湖社区党委书记李强分别带队。")
    assert ("HOLDS_POST", "李强", "西湖社区党委") in got and ("HOLDS_POST", "张敏", "东湖社区党委") in got
    got = triples("武汉市洪山区全力抗疫。", "市委组织部部长李明到东湖社区调研,区委书记王伟陪同。")
    assert ("HOLDS_POST", "王伟", "洪山区委") in got and ("HOLDS_POST", "李明", "武汉市委组织部") in got
    assert names("武汉市洪山区全力抗疫。", "党员干部任劳任怨,组长安排好每天的任务。", label="Person") == set()


def test_a_bare_title_opening_a_clause_belongs_to_the_body_it_names():
    got = triples("长春市南关区全力抗疫。", "区住建局与富裕街道平阳社区结对包联,局长苏建国带领局机关党员承包了平阳社区8个网格。")
    assert ("HOLDS_POST", "苏建国", "南关区住建局") in got
    assert ("TWINNED_WITH", "南关区住建局", "平阳社区") in got
    # a 局长 is no post in a 医院
    got = triples("长春市南关区全力抗疫。", "区人民医院派出医疗队,局长苏建国带队。")
    assert not any(t == "HOLDS_POST" and src == "苏建国" for t, src, _ in got)


def test_introduced_persons_end_cleanly_or_not_at_all():
    text = ("长春市南关区全力抗疫。", "由社区党委副书记吕春梅、下沉干部宋晓光、退役军人何峰分别担任书记。")
    assert names(*text, label="Person") == {"吕春梅", "宋晓光", "何峰"}
