import pytest

from kb.read.boilerplate import (
    LineShape,
    find_boilerplate,
    is_link_list,
    is_navigation,
    is_widget,
    says_caption,
)
from kb.read.pages import is_page_furniture, jump_free_span


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


@pytest.mark.parametrize(
    "line",
    [
        "【图】10月30日,在芙蓉区某小区,志愿者为排队等候核酸检测的居民测量体温、登记信息,现场秩序井然。 本报记者 高雪峰 摄",
        "[图片]志愿者在卡口值守",
        "图:党员志愿者为居民送菜上门",
        "社区党员在卡口值守(摄影:王强)",
        "志愿者为居民测温。 本报记者 高雪峰 摄",
        "党员服务队为独居老人送去生活物资。 街道供图",
        "(张三 摄)",
    ],
)
def test_photo_captions_say_so(line):
    assert says_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "党员们积极参与拍摄",  # 拍摄 is a verb, not a credit
        "他说:“请配合。”大家很感动。这是第一次。之后又来了。我们都记得。 本报记者 高雪峰 摄",  # a paragraph
        "社区党员筑牢疫情防线",
        "本报记者 张三 文/摄",  # a byline: the reporter wrote and photographed
        "本报记者 张三 文并摄",
    ],
)
def test_text_is_no_photo_caption(line):
    assert not says_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "（下转A04版）",
        "(上接第1版)",
        "(紧转第3版)",
        "【转2版】",
        "第A03版",
        "A03版",
        "第四版",
        "第A03版:要闻",
    ],
)
def test_jump_markers_and_edition_lines_are_page_furniture(line):
    assert is_page_furniture(line)


@pytest.mark.parametrize(
    "line",
    ["第一版面设计很好,群众都喜欢。", "下转到社区的党员有200名。", "长沙日报 第A03版", "第3批党员下沉社区"],
)
def test_text_and_page_headers_are_no_furniture(line):
    assert not is_page_furniture(line)


def test_furniture_lines_are_boilerplate_wherever_they_stand():
    lines = shapes(
        ("第A03版", 1),
        ("标题", 1),
        ("正文第一段,党员下沉社区。", 1),
        ("(下转A04版)", 1),
        ("(上接第1版)", 1),
        ("正文第二段,群众纷纷点赞。", 0),
    )
    assert find_boilerplate(lines) == [True, False, False, True, True, False]


def test_jump_markers_glued_to_a_paragraph_are_cut_off():
    paragraph = "(上接第1版)金水区党员干部坚守岗位。(下转A04版)"
    start, end = jump_free_span(paragraph)
    assert paragraph[start:end] == "金水区党员干部坚守岗位。"
    assert jump_free_span("党员干部坚守岗位。") == (0, len("党员干部坚守岗位。"))


def test_a_path_of_steps_is_navigation_whatever_its_first_step():
    from kb.read.boilerplate import is_navigation

    assert is_navigation("某某日报数字报 > 2021年06月03日 > 第B4版:综合")
    assert is_navigation("新闻中心 » 地方 » 正文")
    assert not is_navigation("党员人数由200人增加到350人>去年同期。")


def test_a_spaced_row_of_place_names_is_a_link_list_but_a_byline_is_not():
    from kb.read.boilerplate import is_link_list

    assert is_link_list("某市甲区 某市乙区 丙县 丁县 戊市 己市 庚县")
    assert not is_link_list("记者 周文涛 许佳宁 通讯员 孙海燕 实习生 王一")
    assert not is_link_list("某某日报  2021年3月5日  星期五  第3版")


def test_a_related_links_heading_is_a_widget():
    from kb.read.boilerplate import is_widget

    assert is_widget("延伸阅读:")


def test_a_related_links_tail_yields_no_text(tmp_path):
    from kb.read import read_articles

    path = tmp_path / "r.txt"
    path.write_text(
        "某区:党员干部下沉一线\n\n本报记者 张三\n\n某区组织党员干部下沉社区,开展防控工作。\n\n"
        "延伸阅读:\n甲市乙区 甲市丙区 丁县 戊县 己市 庚市 辛县\n",
        encoding="utf-8",
    )
    text = " ".join(s.text.text for a in read_articles(path) for s in a.sentences)
    assert "下沉社区" in text and "丁县" not in text


# --- A website's own lines (issue 9). Every site, name and address here is invented. ---


@pytest.mark.parametrize(
    "line",
    [
        "欢迎您访问某某学会网站! 收藏本站设为首页",
        "版权声明:本网所载文字、图片,版权均为某某网所有,使用须经书面许可。",
        "凡本网注明“来源:某某网”的作品,版权均属某某网,未经授权不得转载。",
        "Copyright © 2022 某某网 All Rights Reserved",
        "单位地址: 某市某某路8号 电话:0000-7654321 传真:0000-7654322 某ICP备11111111号-2",
        "客服热线:000-87654321 工作日",
        "版权所有:某某日报社  某ICP备00000000号",
        "关键词: 志愿者 社区 防疫",
        "小字号原标题:某区党员下沉社区",
        "某地9.jpg",
        "照片_20210102030405.JPG",
        "原文链接:https://www.example.com/a/1.html",
    ],
)
def test_site_furniture(line):
    from kb.read.site import is_site_furniture

    assert is_site_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "社区开通服务热线,居民有困难可随时求助。",
        "某区党员干部下沉社区,协助开展核酸检测。",
        "欢迎党员干部到社区报到,群众纷纷点赞,认为这样的做法值得推广。",
        "某地风采",
    ],
)
def test_report_lines_are_no_site_furniture(line):
    from kb.read.site import is_site_furniture

    assert not is_site_furniture(line)


def test_an_image_name_glued_to_a_paragraph_is_cut_off():
    from kb.read.site import image_name_end

    paragraph = "图3.png网格员张三走访独居老人,登记用药需求。"
    assert paragraph[image_name_end(paragraph) :] == "网格员张三走访独居老人,登记用药需求。"
    assert image_name_end("志愿者张三来到社区。") == 0


@pytest.mark.parametrize(
    "line",
    [
        "您当前的位置 :某某在线 > 某某新闻 正文",  # a location label, whatever the first step
        "时政要闻 > 正文",  # two steps, the last naming the page
        "某某网>>某某频道",  # two steps, the first a site
        "某某模板: 某某永久在线精品| 某某一区二区三区| 某某视频",  # a link row whose first item is long
    ],
)
def test_more_breadcrumbs_and_link_rows(line):
    assert is_navigation(line)


def test_two_steps_of_words_are_no_breadcrumb():
    assert not is_navigation("党员人数 > 群众人数")


def test_e_paper_widgets_and_a_labelled_edition_line():
    assert is_widget("展开通版") and is_widget("收缩通版") and is_widget("通版阅读请点击:")
    assert is_page_furniture("当前版:03版")


def test_a_site_logo_over_its_breadcrumb():
    lines = shapes(("某某网", 0), ("某某网>>某某频道", 1), ("某区党员下沉社区", 1), ("正文第一段,党员下沉社区。", 0))
    assert find_boilerplate(lines) == [True, True, False, False]


def test_a_menu_printed_one_item_a_line():
    items = [(w, 2) for w in ("本站首页", "图片新闻", "视频专区", "评论频道", "便民服务")]
    lines = shapes(*items, ("“楼栋长”变身“快递员”", 0), ("某某 2020-03-03", 1), ("正文第一段,党员下沉社区。", 0))
    assert find_boilerplate(lines) == [True] * 5 + [False, False, False]
    # four short headings in a row are not yet a menu
    assert not any(find_boilerplate(shapes(*items[:4], ("正文第一段,党员下沉社区。", 0))))


def test_a_footer_label_runs_on_to_its_value_and_the_footer_is_no_text(tmp_path):
    from kb.read import read_articles

    path = tmp_path / "r.txt"
    path.write_text(
        "某区党员干部下沉一线\n\n本报记者 张三\n\n某区组织党员干部下沉社区,开展防控工作。\n\n"
        "版权所有:某某网\n客服热线:\n000-87654321 工作日\n",
        encoding="utf-8",
    )
    (article,) = read_articles(path)
    text = " ".join(s.text.text for s in article.sentences)
    assert "下沉社区" in text and "000" not in text and "版权" not in text
