from .extract_helpers import facts_of, triples


def test_two_posts_in_one_sentence():
    got = triples("临汾市全力抗疫。市行政审批服务管理局副局长任泰成担任仕林苑小区干部下沉工作组组长。")
    assert ("HOLDS_POST", "任泰成", "临汾市行政审批服务管理局") in got
    assert ("HOLDS_POST", "任泰成", "仕林苑小区干部下沉工作组") in got
    assert ("SINKS_TO", "任泰成", "仕林苑小区") in got


def test_post_titles_joined_by_dun_comma():
    got = triples("侯马市司法局党组成员、工会主席付崇吉作为老兵冲在前。")
    assert any(t == "HOLDS_POST" and s == "付崇吉" and o.startswith("侯马市司法局") for t, s, o in got)
    got = triples("阳光小区临时党支部书记、市人民医院党支部书记王丽华组织志愿者。")
    assert ("HOLDS_POST", "王丽华", "阳光小区临时党支部") in got
    assert ("HOLDS_POST", "王丽华", "市人民医院党支部") in got


def test_affiliation_and_sinking_with_a_date():
    f = facts_of("松江区退役军人事务局的陆海峰,3月31日下沉到中山街道郭家娄居民区后协助开展工作。")
    rels = {(r.type, r.source.name, r.target.name): r for sf in f.sentences for r in sf.relations}
    assert ("HOLDS_POST", "陆海峰", "松江区退役军人事务局") in rels
    sink = rels[("SINKS_TO", "陆海峰", "郭家娄居民区")]
    assert sink.properties["date"] == "3月31日" and sink.rule == "subject_cue_place"


def test_org_chain_with_dashes_gives_subordination():
    got = triples("建立街道党工委—社区党委—网格党总支—楼院党支部联动机制。")
    assert ("SUBORDINATE_TO", "社区党委", "街道党工委") in got
    assert ("SUBORDINATE_TO", "楼院党支部", "网格党总支") in got


def test_passive_take_over():
    got = triples("某区有序推进。申港路集中隔离治疗点自4月7日起交由佘山镇接管,负责运维保障。")
    assert ("TAKES_OVER", "佘山镇", "申港路集中隔离治疗点") in got


def test_pairing_and_twinning_cues():
    got = triples("海淀区卫生健康委员会包联阳光社区,开展志愿服务。")
    assert ("PAIRS_WITH", "海淀区卫生健康委员会", "阳光社区") in got
    got = triples("海淀区税务局党委与阳光社区结对共建。")
    assert ("TWINNED_WITH", "海淀区税务局党委", "阳光社区") in got


def test_issued_and_adopts_fall_back_on_the_report_region():
    got = triples("临汾市全力抗疫。全市印发《关于加强社区防控的通知》,实行“网格长制”。")
    assert ("ISSUED", "临汾市", "关于加强社区防控的通知") in got
    assert ("ADOPTS", "临汾市", "网格长制") in got


def test_counts_get_the_region_before_them_as_scope():
    f = facts_of("临汾市全力抗疫。隰县组织150个单位包联49个小区。")
    counts = [(c.value, scope.name) for sf in f.sentences for c, scope in sf.counts]
    assert (150, "隰县") in counts


def test_twinning_reads_either_way_round():
    got = triples("武侯区开展工作。簇桥街道锦城社区与区财政局党支部结对,共同开展服务。")
    assert ("TWINNED_WITH", "武侯区财政局党支部", "锦城社区") in got


def test_a_short_form_repeats_the_named_body():
    got = triples("武侯区开展工作。区财政局党支部结对帮扶,财政局派出20名党员下沉到锦城社区。")
    assert ("SINKS_TO", "武侯区财政局", "锦城社区") in got


def test_active_take_over_and_subdistrict_prefix():
    got = triples("武侯区全力抗疫。区住建局接管了天府国际会议中心方舱。"
                  "火车南站街道桐梓林社区成立临时党支部,由街道党工委副书记孙明担任临时党支部书记。")
    assert ("TAKES_OVER", "武侯区住建局", "天府国际会议中心方舱") in got
    assert ("HOLDS_POST", "孙明", "火车南站街道党工委") in got
    assert ("LOCATED_IN", "桐梓林社区", "火车南站街道") in got


def test_speech_verbs_end_a_name():
    got = triples("武侯区委书记李强表示,要把党支部建在一线。")
    assert ("HOLDS_POST", "李强", "武侯区委") in got


def test_posts_in_a_community_and_its_residents_committee():
    got = triples("江宁区开展工作。东山街道百家湖社区党委书记、居委会主任钱晓红组织32名党员成立“百家湖先锋”党员突击队。")
    assert ("HOLDS_POST", "钱晓红", "百家湖社区居委会") in got
    assert ("HOLDS_POST", "钱晓红", "东山街道百家湖社区党委") in got
    assert ("ESTABLISHED", "钱晓红", "百家湖先锋党员突击队") in got


def test_committee_member_title_and_pairing_with_a_subdistrict():
    got = triples("江宁区开展工作。区公安分局党委委员王志刚挂点禄口街道。")
    assert ("HOLDS_POST", "王志刚", "江宁区公安分局党委") in got
    assert ("PAIRS_WITH", "王志刚", "禄口街道") in got


def test_she_takes_a_post_named_after_her():
    got = triples("江宁区开展工作。张丽是区民政局的一名科长,一直在家隔离。她随后转为阳光社区防疫工作的负责人。")
    assert ("HOLDS_POST", "张丽", "阳光社区") in got


def test_residents_serve_where_they_live():
    got = triples("江宁区开展工作。家住翠竹园小区的区民政局科长张丽、区财政局科员李强报名参加志愿服务。")
    assert ("SINKS_TO", "张丽", "翠竹园小区") in got


def test_belongs_to_and_sets_up_under():
    got = triples("江宁区开展工作。区疫情防控指挥部下设物资保障工作组。东山街道临时党委隶属于江宁区委组织部。")
    assert ("SUBORDINATE_TO", "物资保障工作组", "江宁区疫情防控指挥部") in got
    assert ("SUBORDINATE_TO", "东山街道临时党委", "江宁区委组织部") in got


def test_body_de_title_name_and_a_quoted_speaker_is_not_the_doer():
    got = triples("思明区开展工作。区卫健局的医生郑美玲,4月28日下沉到开元街道湖滨社区。")
    assert ("HOLDS_POST", "郑美玲", "思明区卫健局") in got
    got = triples("思明区开展工作。鹭江街道党工委书记黄志强介绍,街道成立了“鹭江先锋”党员突击队。")
    assert ("ESTABLISHED", "黄志强", "鹭江先锋党员突击队") not in got
    assert ("ESTABLISHED", "鹭江街道党工委", "鹭江先锋党员突击队") in got


def test_places_written_before_a_sender_need_the_you_construction():
    """对于A和B两个隔离点,由区委组织部派驻…: the places come first only after 由."""
    got = triples("思明区开展工作。湖滨社区与区税务局党委结对共建,税务局选派12名党员组建志愿服务队。")
    assert not any(t == "SINKS_TO" for t, _, _ in got)


def test_the_paragraph_site_is_meant_only_when_the_clause_names_nothing():
    got = triples("某区全力抗疫。申港路集中隔离治疗点交由佘山镇接管。区体育局等部门纷纷加入,张伟加入党员突击队。")
    assert ("SINKS_TO", "某区体育局", "申港路集中隔离治疗点") in got or ("SINKS_TO", "区体育局", "申港路集中隔离治疗点") in got
    assert not any(t == "SINKS_TO" and s == "张伟" for t, s, _ in got)
