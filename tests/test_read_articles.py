import hashlib

from kb.read import decode_file, read_articles

TWO_REPORTS = """

支部建在隔离点 党员战“疫”冲在前

■记者 张三 李四

上海市宝山区将党支部建在隔离点,坚持在疫情防控一线发挥党建引领作用。目前,全区28个集中隔离点全部建立临时党支

部,实现了党组织全覆盖。

构建“四项机制”阻击疫情

■记者 王五

花都区聚焦织密组织体系,以“四项机制”构建“红色防线”。
"""

ONE_REPORT = """中國共產(chǎn)黨新聞網(wǎng)|黨建頻道|黨建數(shù)據(jù)庫
首頁 > 正文

上海松江黨員干部下沉社區(qū)和方艙——

“越是困難的時候,越要與群眾在一起”

作者:本報記者 謝衛群
發布時間:2022年04月25日 08:12
來源:人民網(wǎng)-人民日報

松江區(qū)方松街道江中公寓社區(qū)臨時封控。黨員干部下沉社區(qū)。

分享到:微信 微博

《 人民日報 》( 2022年04月25日 02 版)

高青县| 蓬溪县| 如东县| 轮台县| 抚远县
"""


def write(tmp_path, text, name="r.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_titles_with_bylines_start_new_articles(tmp_path):
    path = write(tmp_path, TWO_REPORTS)
    articles = read_articles(path)
    assert [a.title for a in articles] == ["支部建在隔离点 党员战“疫”冲在前", "构建“四项机制”阻击疫情"]
    assert [a.authors for a in articles] == [["张三", "李四"], ["王五"]]
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    assert len({a.uid for a in articles}) == 2  # two reports, two identities
    assert all(a.file == str(path) and a.sha256 == sha and a.files == [str(path.resolve())] for a in articles)
    assert articles[0].end <= articles[1].start
    assert "临时党支部,实现了" in "".join(s.text.text for s in articles[0].sentences)


def test_uids_are_deterministic(tmp_path):
    path = write(tmp_path, TWO_REPORTS)
    assert [a.uid for a in read_articles(path)] == [a.uid for a in read_articles(path)]


def test_sentence_offsets_point_into_the_source(tmp_path):
    path = write(tmp_path, ONE_REPORT)
    source = decode_file(path)
    (article,) = read_articles(path)
    assert source.text[article.start : article.end].startswith("上海松江")
    for s in article.sentences:
        original = source.text[s.start : s.end]
        assert original[0] == s.text.surface[0] and original[-1] == s.text.surface[-1]
    assert [s.index for s in article.sentences] == list(range(len(article.sentences)))


def test_boilerplate_dropped_metadata_kept(tmp_path):
    (article,) = read_articles(write(tmp_path, ONE_REPORT))
    assert article.title == "“越是困难的时候,越要与群众在一起”"
    assert (article.date, article.source, article.authors) == (
        "2022-04-25T08:12",
        "人民网-人民日报",
        ["谢卫群"],
    )
    texts = [s.text.text for s in article.sentences]
    assert texts == [
        "上海松江党员干部下沉社区和方舱——",
        "“越是困难的时候,越要与群众在一起”",
        "松江区方松街道江中公寓社区临时封控。",
        "党员干部下沉社区。",
    ]
    assert [s.paragraph for s in article.sentences] == [0, 1, 2, 2]


def test_report_without_title_or_byline(tmp_path):
    text = "臨汾新聞網訊 全市2472個小區實化黨組織運行,凝聚齊心抗疫強大合力。\n黨員干部奔赴一線。(王瑞琪 李輝)\n責任編輯: 吉政\n"
    (article,) = read_articles(write(tmp_path, text))
    assert article.source == "临汾新闻网"
    assert article.authors == ["王瑞琪", "李辉"] and article.editors == ["吉政"]
    assert article.title == "全市2472个小区实化党组织运行"
    assert article.sentences[-1].text.text == "党员干部奔赴一线。"


def test_gbk_file_is_read(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes("标题在这里\n\n记者 张三\n\n正文内容,党员下沉到社区。\n".encode("gb18030"))
    (article,) = read_articles(path)
    assert article.title == "标题在这里" and article.authors == ["张三"]


MIXED = """當前位置:首頁>黨建>正文

打印本頁 | 關閉窗口

福州市鼓樓區:黨員下沉社區築牢防線

2022-03-18 10:20:31 來源:福州日報

記者 林小紅 通訊員 陳大明

鼓樓區組織2000餘名機關黨員下沉到全區68個社區,協助開展核酸檢測、物資配送等工作。溫泉街道臨時黨

支部書記王建國說:“我們一定守好家門。”

圖為黨員志願者在卡口值守(林小紅 攝)

三坊七巷社區成立臨時黨支部,下設5個黨小組;每個黨小組包聯2個小區;

各小區設立黨員先鋒崗。
(編輯:張三)
"""


def test_big5_report_with_mixed_damage(tmp_path):
    path = tmp_path / "big5.txt"
    path.write_bytes(MIXED.encode("big5"))
    (article,) = read_articles(path)
    assert article.title == "福州市鼓楼区:党员下沉社区筑牢防线"
    assert (article.date, article.source) == ("2022-03-18T10:20", "福州日报")
    assert (article.authors, article.correspondents, article.editors) == (["林小红", "陈大明"], ["陈大明"], ["张三"])
    texts = [s.text.text for s in article.sentences]
    assert "温泉街道临时党支部书记王建国说:“我们一定守好家门。”" in texts
    assert (
        texts[-1] == "三坊七巷社区成立临时党支部,下设5个党小组;每个党小组包联2个小区;各小区设立党员先锋岗。"
    )
    assert not any("图为" in t or "打印" in t or "首页" in t for t in texts)


def test_windows_line_ends_and_indented_paragraphs(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(
        "标题一行在此\r\n\r\n记者 张三\r\n\r\n\u3000\u3000第一段正文。临时党\r\n\r\n支部成立了。\r\n\u3000\u3000第二段。\r\n".encode()
    )
    (article,) = read_articles(path)
    assert article.title == "标题一行在此" and article.authors == ["张三"]
    assert [(s.paragraph, s.text.text) for s in article.sentences] == [
        (0, "标题一行在此"),
        (1, "第一段正文。"),
        (1, "临时党支部成立了。"),
        (2, "第二段。"),
    ]


def test_editor_line_after_a_short_last_line_does_not_open_a_report(tmp_path):
    text = "标题\n\n记者 张三\n\n正文第一段,党员下沉社区。\n\n(完)\n\n短的一行\n\n责任编辑:李四\n"
    (article,) = read_articles(write(tmp_path, text))
    assert article.editors == ["李四"]
    assert "完" not in "".join(s.text.text for s in article.sentences)


def texts_of(article):
    return [s.text.text for s in article.sentences]


def test_page_header_is_metadata_not_the_title(tmp_path):
    text = (
        "长沙日报    2022年8月22日    星期一    第A03版\n\n社区党员筑牢疫情防线\n\n"
        "本报记者 高雪峰 本报通讯员 于海洋 王楠\n\n"
        "8月21日,芙蓉区各社区党组织迅速行动,组织党员下沉一线。\n"
    )
    (article,) = read_articles(write(tmp_path, text))
    assert article.title == "社区党员筑牢疫情防线"
    assert (article.date, article.source) == ("2022-08-22", "长沙日报")
    # Authors are everyone the byline credits; correspondents says which of them were.
    assert (article.authors, article.correspondents) == (["高雪峰", "于海洋", "王楠"], ["于海洋", "王楠"])
    assert not any("日报" in t for t in texts_of(article))


def test_page_header_without_blank_lines_and_in_iso_form(tmp_path):
    text = "哈尔滨日报 2022-11-03\n党旗飘扬在抗疫一线\n■记者 赵一鸣 通讯员 孙晓燕\n道里区组织党员干部下沉社区,开展防疫工作。\n"
    (article,) = read_articles(write(tmp_path, text))
    assert (article.title, article.date, article.source) == ("党旗飘扬在抗疫一线", "2022-11-03", "哈尔滨日报")
    assert (article.authors, article.correspondents) == (["赵一鸣", "孙晓燕"], ["孙晓燕"])


def test_each_page_header_goes_with_the_report_below_it(tmp_path):
    text = (
        "长沙日报 2022年8月22日 第A03版\n\n社区党员筑牢疫情防线\n\n本报记者 高雪峰\n\n芙蓉区各社区党组织迅速行动。\n\n"
        "哈尔滨日报 2022-11-03\n\n党旗飘扬在抗疫一线\n\n■记者 赵一鸣\n\n道里区组织党员干部下沉社区。\n\n"
        "哈尔滨日报 2022.11.04 星期五\n\n党员服务队走进小区\n\n南岗区党员服务队走进小区,帮助居民。\n"
    )
    articles = read_articles(write(tmp_path, text))
    assert [(a.title, a.date, a.source) for a in articles] == [
        ("社区党员筑牢疫情防线", "2022-08-22", "长沙日报"),
        ("党旗飘扬在抗疫一线", "2022-11-03", "哈尔滨日报"),
        ("党员服务队走进小区", "2022-11-04", "哈尔滨日报"),  # no byline: the header alone starts it
    ]
    assert texts_of(articles[0])[-1] == "芙蓉区各社区党组织迅速行动。"


def test_masthead_over_a_date_line(tmp_path):
    text = "郑州日报\n二〇二二年十月十九日 星期三\n\n党员先锋岗守护万家\n\n金水区党员干部坚守岗位,护佑群众平安。\n"
    (article,) = read_articles(write(tmp_path, text))
    assert (article.title, article.date, article.source) == ("党员先锋岗守护万家", "2022-10-19", "郑州日报")


def test_date_and_outlet_line_after_a_byline(tmp_path):
    text = (
        "党员先锋岗守护万家\n\n文/四川日报记者 钟雨桐 通讯员 何佳\n2022年10月19日 郑州日报\n\n"
        "金水区党员干部坚守岗位,护佑群众平安。\n"
    )
    (article,) = read_articles(write(tmp_path, text))
    assert (article.title, article.date, article.source) == ("党员先锋岗守护万家", "2022-10-19", "郑州日报")
    assert (article.authors, article.correspondents) == (["钟雨桐", "何佳"], ["何佳"])
    assert texts_of(article) == ["党员先锋岗守护万家", "金水区党员干部坚守岗位,护佑群众平安。"]


def test_editor_lines_glued_to_the_last_paragraph(tmp_path):
    text = (
        "党建引领筑防线\n\n作者：李明\n\n全县党员冲在一线。(编辑:王五)\n\n"
        "各村党员轮流值守卡口,筑牢防线,取得实效。（编辑：张三 审核：李四）\n"
    )
    (article,) = read_articles(write(tmp_path, text))
    assert article.authors == ["李明"] and article.editors == ["王五", "张三", "李四"]
    assert texts_of(article) == [
        "党建引领筑防线",
        "全县党员冲在一线。",  # a paragraph that ends in credits is not run on into the next
        "各村党员轮流值守卡口,筑牢防线,取得实效。",
    ]


def test_bracketed_editor_and_reporters_at_the_end(tmp_path):
    text = "标题在这里\n\n记者 张三\n\n正文内容,党员下沉到社区,取得实效。(王瑞琪 李辉)[责任编辑:王磊]\n"
    (article,) = read_articles(write(tmp_path, text))
    assert article.authors == ["张三", "王瑞琪", "李辉"] and article.editors == ["王磊"]
    assert texts_of(article)[-1] == "正文内容,党员下沉到社区,取得实效。"


def test_photo_captions_give_no_names_and_no_sentences(tmp_path):
    text = (
        "标题在这里\n\n记者 张三\n\n"
        "【图】10月30日,在芙蓉区某小区,志愿者为排队等候核酸检测的居民测量体温、登记信息,现场秩序井然。 本报记者 高雪峰 摄\n\n"
        "正文内容,党员下沉到社区。\n\n"
        "志愿者为居民测温。 通讯员 孙晓燕 摄\n\n"
        "社区卡口值守(摄影:王强)\n\n"
        "第二段正文,群众纷纷点赞。\n"
    )
    (article,) = read_articles(write(tmp_path, text))
    assert (article.authors, article.correspondents) == (["张三"], [])
    joined = "".join(texts_of(article))
    assert not any(name in joined for name in ("高雪峰", "孙晓燕", "王强", "测温"))
    assert texts_of(article) == ["标题在这里", "正文内容,党员下沉到社区。", "第二段正文,群众纷纷点赞。"]


def test_page_furniture_is_dropped(tmp_path):
    text = (
        "第A03版\n\n党旗飘扬在抗疫一线\n\n记者 张三\n\n道里区组织党员干部下沉社区。\n\n（下转A04版）\n\n"
        "（上接第1版）\n\n各小区设立党员先锋岗。\n\n(上接A03版)南岗区党员服务队走进小区。\n"
    )
    (article,) = read_articles(write(tmp_path, text))
    assert article.title == "党旗飘扬在抗疫一线"
    assert texts_of(article) == [
        "党旗飘扬在抗疫一线",
        "道里区组织党员干部下沉社区。",
        "各小区设立党员先锋岗。",
        "南岗区党员服务队走进小区。",
    ]


def test_byline_of_a_reporter_who_also_photographed(tmp_path):
    text = "标题在这里\n\n本报记者 张三 文/摄\n\n正文内容,党员下沉到社区。\n"
    (article,) = read_articles(write(tmp_path, text))
    assert (article.title, article.authors) == ("标题在这里", ["张三"])


def test_credits_after_the_dateline_of_the_lead(tmp_path):
    text = "党旗飘扬在抗疫一线\n\n本报讯（记者 赵一鸣 通讯员 孙晓燕）11月2日，道里区组织党员干部下沉社区。\n"
    (article,) = read_articles(write(tmp_path, text))
    assert (article.authors, article.correspondents) == (["赵一鸣", "孙晓燕"], ["孙晓燕"])
    assert texts_of(article)[-1] == "11月2日,道里区组织党员干部下沉社区。"


def test_editor_line_without_colon_closes_the_report(tmp_path):
    text = "标题在这里\n\n记者 张三\n\n正文内容,党员下沉到社区。\n\n责任编辑 王磊\n"
    (article,) = read_articles(write(tmp_path, text))
    assert article.editors == ["王磊"]
    assert texts_of(article) == ["标题在这里", "正文内容,党员下沉到社区。"]


def test_the_reports_own_address_when_a_line_gives_it(tmp_path):
    text = (
        "社区党员志愿者坚守一线\n\n记者 张三\n\n党员志愿者下沉到社区,协助开展核酸检测。\n\n"
        "相关链接:https://example.org/other.html\n\n原文链接:https://example.org/news/2022/0415/report.html\n"
    )
    (article,) = read_articles(write(tmp_path, text))
    assert article.url == "https://example.org/news/2022/0415/report.html"
    assert "example.org" not in "".join(s.text.text for s in article.sentences)


def test_column_labels_and_site_names_are_no_part_of_the_title(tmp_path):
    text = "【抗疫一线】\n\n党员先锋守护小区_要闻_某某新闻网\n\n记者 张三\n\n正文内容,党员下沉到社区。\n"
    (article,) = read_articles(write(tmp_path, text))
    assert article.title == "党员先锋守护小区"
    text = "党员冲在前 | 织密防控网\n\n记者 张三\n\n正文内容,党员下沉到社区。\n"
    (article,) = read_articles(write(tmp_path, text))
    assert article.title == "党员冲在前 | 织密防控网"  # a headline's second half, not a site
    text = "党员冲在前 - 某某日报\n\n记者 张三\n\n正文内容,党员下沉到社区。\n"
    (article,) = read_articles(write(tmp_path, text))
    assert article.title == "党员冲在前"
