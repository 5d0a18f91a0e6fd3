from kb.read.boilerplate import LineShape, find_boilerplate, is_link_list, is_navigation, is_widget


def test_breadcrumbs_and_site_menus():
    assert is_navigation("首页 > 正文")
    assert is_navigation("当前位置:首页>新闻中心>时政")
    assert is_navigation("中国共产党新闻网|党建频道|党建数据库")
    assert not is_navigation("首页设计得很好,我们都喜欢。")


def test_link_farm_of_place_names():
    assert is_link_list("高青县| 蓬溪县| 如东县| 轮台县| 抚远县| 札达县| 辰溪县")
    assert is_link_list("北京|天津|河北|山西|内蒙古")
    assert not is_link_list("党员|群众")  # two items are not a list of links
    assert not is_link_list("甲地|乙地|丙地的党员下沉到社区开展工作,取得了良好效果。")


def test_share_and_print_widgets():
    assert is_widget("分享到:微信 微博")
    assert is_widget("【打印】【关闭窗口】")
    assert is_widget("【字号 大 中 小】")
    assert is_widget("(完)") and is_widget("【全文完】")
    assert not is_widget("党员干部分享到社区服务的经验,群众纷纷点赞,认为这样的做法值得推广学习。")


def shapes(*lines_and_gaps):
    """(text, blank lines after it) ... -> LineShapes."""
    out, before = [], 0
    for text, after in lines_and_gaps:
        out.append(LineShape(text, before, after))
        before = after
    return [
        LineShape(s.text, s.gap_before, s.gap_after if k < len(out) - 1 else 0) for k, s in enumerate(out)
    ]


def test_captions_stand_apart_from_the_text():
    lines = shapes(
        ("标题", 1),
        ("第一段正文,党员下沉社区开展工作,群众纷纷点赞。", 3),
        ("人大代表捐赠疫情防控物资。", 3),
        ("志愿者在一线服务", 3),
        ("跑腿小分队授旗出发。", 1),
        ("下一个小标题", 1),
        ("第二段正文,各级党组织迅速行动起来,守护群众健康。", 0),
    )
    assert find_boilerplate(lines) == [False, False, True, True, True, False, False]


def test_caption_cues_and_no_captions_in_evenly_spaced_text():
    lines = shapes(
        ("图为党员志愿者在社区值守", 1),
        ("正文第一段。", 1),
        ("正文第二段。", 1),
        ("短标题", 1),
        ("正文第三段。", 0),
    )
    assert find_boilerplate(lines) == [True, False, False, False, False]
