import pytest

from kb.read.cues import is_metadata_line, opens_report
from kb.read.metadata import (
    Metadata,
    dateline_source,
    lead_credits,
    parse_byline,
    parse_date,
    parse_metadata_line,
    trailing_byline,
)
from kb.read.pages import is_page_header


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("发布时间:2022年04月25日 08:12", "2022-04-25T08:12"),
        ("2020年02月17日14:16  来源:人民网-辽宁频道", "2020-02-17T14:16"),
        ("《 人民日报 》( 2022年04月25日 02 版)", "2022-04-25"),
        ("日期:2021-7-8", "2021-07-08"),
        ("2021/12/31", "2021-12-31"),
        ("4月25日", None),
        ("2022年13月40日", None),
    ],
)
def test_full_dates_only(line, iso):
    assert parse_date(line) == iso


def test_source_line_beats_paper_edition_and_byline_outlet():
    meta = Metadata()
    meta.merge(parse_byline("文/茂名晚报记者陈琴"))
    assert meta.source == "茂名晚报"
    meta.merge(parse_metadata_line("《 人民日报 》( 2022年04月25日 02 版)"))
    assert meta.source == "人民日报"
    meta.merge(parse_metadata_line("来源:人民网-人民日报"))
    assert meta.source == "人民网-人民日报"
    meta.merge(parse_metadata_line("来源:别的网"))
    assert meta.source == "人民网-人民日报"


@pytest.mark.parametrize(
    ("line", "authors", "correspondents", "editors"),
    [
        ("■记者 郭文治 李静雯", ["郭文治", "李静雯"], [], []),
        ("作者:本报记者 谢卫群", ["谢卫群"], [], []),
        ("文/茂名晚报记者陈琴 通讯员黄林明 邱秋梅", ["陈琴"], ["黄林明", "邱秋梅"], []),
        ("本报记者 张三、李四 通讯员 王五", ["张三", "李四"], ["王五"], []),
        ("(责编:尹柏寒、汤龙)", [], [], ["尹柏寒", "汤龙"]),
        ("责任编辑: 吉政", [], [], ["吉政"]),
        ("记者 赵六 摄", ["赵六"], [], []),
    ],
)
def test_bylines_keep_roles_apart(line, authors, correspondents, editors):
    meta = parse_byline(line)
    assert (meta.authors, meta.correspondents, meta.editors) == (authors, correspondents, editors)


def test_correspondent_who_is_also_author_is_an_author():
    meta = Metadata()
    meta.merge(parse_byline("通讯员 王五"))
    meta.merge(parse_byline("记者 王五"))
    assert meta.authors == ["王五"] and meta.correspondents == []


def test_trailing_byline_in_brackets():
    paragraph = "最大限度减少疫情影响,提供坚强组织保证。(王瑞琪 李辉)"
    cut, meta = trailing_byline(paragraph)
    assert paragraph[:cut].endswith("保证。")
    assert meta.authors == ["王瑞琪", "李辉"]
    assert trailing_byline("党员下沉到社区(小区)") is None  # no sentence end before the bracket


def test_dateline_lead_names_the_outlet():
    assert dateline_source("临汾新闻网讯 全市2472个小区实化党组织运行").source == "临汾新闻网"
    assert dateline_source("本报讯 全市各级党组织").source is None
    assert dateline_source("全市各级党组织闻令而动").source is None


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("2022年8月22日", "2022-08-22"),  # no zero padding
        ("2022-11-03", "2022-11-03"),
        ("2022/11/03", "2022-11-03"),
        ("2022.11.03", "2022-11-03"),
        ("2022-11-03 10:20:31", "2022-11-03T10:20"),
        ("2022年8月22日 10时20分", "2022-08-22T10:20"),
        ("二〇二二年十月十九日 星期三", "2022-10-19"),
        ("20221.11.03", None),  # a longer number is no year
        ("2022.11.035", None),
    ],
)
def test_dates_in_every_form(line, iso):
    assert parse_date(line) == iso


@pytest.mark.parametrize(
    ("line", "date", "source"),
    [
        ("长沙日报    2022年8月22日    星期一    第A03版", "2022-08-22", "长沙日报"),
        ("哈尔滨日报 2022-11-03", "2022-11-03", "哈尔滨日报"),
        ("XX日报 2021年3月5日 第4版", "2021-03-05", "XX日报"),
        ("2022年10月19日 郑州日报", "2022-10-19", "郑州日报"),
        ("南方晚报 | 2022/11/03 | 周四 | A2版:要闻", "2022-11-03", "南方晚报"),
        ("二〇二二年八月二十二日 星期一 长沙日报", "2022-08-22", "长沙日报"),
        ("长沙日报 第A03版", None, "长沙日报"),
        ("长沙日报 2022年8月22日 星期一 第A03版 要闻", "2022-08-22", "长沙日报"),  # a section name
        ("第A03版:要闻 长沙日报 2022年08月22日 第12345期", "2022-08-22", "长沙日报"),
        ("哈尔滨日报 2022-11-03 10:20", "2022-11-03T10:20", "哈尔滨日报"),
    ],
)
def test_page_header_gives_outlet_and_date(line, date, source):
    assert is_metadata_line(line) and opens_report(line)
    meta = parse_metadata_line(line)
    assert (meta.date, meta.source, meta.authors) == (date, source, [])


@pytest.mark.parametrize(
    "line",
    [
        "社区党员筑牢疫情防线",
        "织密防控网",  # ends like an outlet (网) but stands alone: a title
        "2022年8月22日 社区党员筑牢防线",  # a date and a title are no page header
        "长沙日报 2022年8月22日 党员冲在一线",
    ],
)
def test_titles_are_no_page_headers(line):
    assert not is_page_header(line)


def test_page_header_beats_outlet_of_a_byline():
    meta = Metadata()
    meta.merge(parse_metadata_line("文/四川日报记者 钟雨桐"))
    meta.merge(parse_metadata_line("XX日报 2021年3月5日 第4版"))
    assert meta.source == "XX日报"


@pytest.mark.parametrize(
    ("line", "authors", "correspondents", "source"),
    [
        ("本报记者 高雪峰 本报通讯员 于海洋 王楠", ["高雪峰"], ["于海洋", "王楠"], None),
        ("■记者 赵一鸣 通讯员 孙晓燕", ["赵一鸣"], ["孙晓燕"], None),
        ("文/四川日报记者 钟雨桐 通讯员 何佳", ["钟雨桐"], ["何佳"], "四川日报"),
        ("四川日报记者 钟雨桐 通讯员 何佳", ["钟雨桐"], ["何佳"], "四川日报"),
        ("作者：李明", ["李明"], [], None),
        ("本报通讯员 于海洋", [], ["于海洋"], None),
        ("通讯员何佳", [], ["何佳"], None),
    ],
)
def test_byline_forms_are_metadata(line, authors, correspondents, source):
    assert is_metadata_line(line) and opens_report(line)
    meta = parse_metadata_line(line)
    assert (meta.authors, meta.correspondents, meta.source) == (authors, correspondents, source)


def test_a_sentence_naming_a_reporter_is_no_byline():
    assert not is_metadata_line("人民日报记者在现场看到,党员们冲在一线。")


@pytest.mark.parametrize(
    ("paragraph", "kept", "authors", "editors"),
    [
        ("…取得实效。(责任编辑:王磊)", "…取得实效。", [], ["王磊"]),
        ("取得实效。（编辑：张三 审核：李四）", "取得实效。", [], ["张三", "李四"]),
        ("取得实效。[责任编辑:王磊]", "取得实效。", [], ["王磊"]),
        ("取得实效。【责编:王磊】", "取得实效。", [], ["王磊"]),
        ("取得实效。 责任编辑:王磊", "取得实效。", [], ["王磊"]),
        ("取得实效(责任编辑:王磊)", "取得实效", [], ["王磊"]),  # role words need no sentence end
        ("取得实效。(王瑞琪 李辉)(责任编辑:王磊)", "取得实效。", ["王瑞琪", "李辉"], ["王磊"]),
        ("取得实效。(完)(编辑:张三)", "取得实效。", [], ["张三"]),
        ("取得实效。(摄影:王强)", "取得实效。", [], []),  # a photo credit is cut, names no one
    ],
)
def test_credits_at_the_end_of_the_last_paragraph(paragraph, kept, authors, editors):
    cut, meta = trailing_byline(paragraph)
    assert paragraph[:cut] == kept
    assert (meta.authors, meta.editors) == (authors, editors)


@pytest.mark.parametrize(
    "paragraph",
    [
        "取得实效。(新华社)",  # an outlet, not a name
        "取得实效。(记者采访了社区书记)",  # a clause that holds a role word
        "全区党员下沉到社区(小区)",
        "取得实效。",
    ],
)
def test_brackets_that_are_no_credits_stay(paragraph):
    assert trailing_byline(paragraph) is None


def test_credits_in_the_lead_after_the_dateline():
    paragraph = "本报讯（记者 赵一鸣 通讯员 孙晓燕）11月2日,道里区组织党员下沉社区。"
    start, meta = lead_credits(paragraph)
    assert paragraph[start:].startswith("11月2日")
    assert (meta.authors, meta.correspondents) == (["赵一鸣"], ["孙晓燕"])
    assert lead_credits("本报讯 全市各级党组织闻令而动。") is None
    assert lead_credits("据新华社讯(中央党校)全市党员学习。") is None  # a bracket without credits


def test_dateline_with_place_and_day_names_the_outlet():
    assert dateline_source("新华社北京11月2日电(记者 赵一鸣)道里区").source == "新华社"


@pytest.mark.parametrize(
    ("line", "editors"),
    [
        ("责任编辑 王磊", ["王磊"]),  # no colon
        ("编辑:张三 审核:李四 终审:王五", ["张三", "李四", "王五"]),
        ("【责任编辑：王磊】", ["王磊"]),
    ],
)
def test_editor_lines(line, editors):
    assert is_metadata_line(line)
    assert parse_metadata_line(line).editors == editors


def test_a_sentence_about_editing_is_no_editor_line():
    assert not is_metadata_line("编辑部门工作人员下沉社区")


def test_a_widget_on_the_byline_line_names_no_one():
    from kb.read.metadata import parse_byline

    meta = parse_byline("作者:记者 张三丰 【字体:大 中 小】")
    assert meta.authors == ["张三丰"]


def test_layout_and_design_credits_are_editors_not_names():
    from kb.read.metadata import parse_byline

    meta = parse_byline("责任编辑:周敏   版式设计:吴昊")
    assert meta.editors == ["周敏", "吴昊"] and not meta.authors


def test_a_header_with_a_bare_page_number_and_section():
    from kb.read.pages import header_parts

    assert header_parts("2021年3月9日 星期二        某某日报        05  要闻") == ("某某日报", True, True)
    assert header_parts("某某日报 2021年3月9日 党员冲在一线") is None


# --- Metadata as real pages print it (issue 9). Every name and outlet here is invented. ---


def read_page(tmp_path, text):
    from kb.read import read_articles

    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return read_articles(path)


def texts_of(article):
    return " ".join(s.text.text for s in article.sentences)


@pytest.mark.parametrize(
    ("line", "date", "source", "authors", "editors"),
    [
        # a page's run of fields, glued without spaces: the poster is staff, not an author
        ("发布者:李明华发布时间:2021-03-04浏览次数:523", "2021-03-04", None, [], ["李明华"]),
        # a reporter's names end where the next field's label begins
        ("作者:王小明 发布时间:2022-05-06 10:00:00来源: 某某晚报", "2022-05-06T10:00", "某某晚报", ["王小明"], []),
        # the site's own staff and the site's own source name no one and no outlet
        ("发布时间:2020-01-02  作者:本网编辑 来源:本网原创  点击数:", "2020-01-02", None, [], []),
        ("稿件来源:某某部", None, "某某部", [], []),
        ("来源丨某某日报", None, "某某日报", [], []),
        ("【来源:某某日报】", None, "某某日报", [], []),
    ],
)
def test_page_field_runs(line, date, source, authors, editors):
    assert is_metadata_line(line)
    meta = parse_metadata_line(line)
    assert (meta.date, meta.source, meta.authors, meta.editors) == (date, source, authors, editors)


@pytest.mark.parametrize(
    ("line", "authors", "correspondents", "source"),
    [
        ("周晓明 2021-06-07", ["周晓明"], [], None),  # a name and the date
        ("刘晓东 文/图", ["刘晓东"], [], None),
        ("赵一鸣/文 钱二虎/图", ["赵一鸣", "钱二虎"], [], None),
        ("文 | 孙小梅", ["孙小梅"], [], None),
        ("某某日报全媒体记者 张伟 通讯员 李娜 文/图", ["张伟"], ["李娜"], "某某日报"),
        ("某某日报全媒记者 张伟 王强", ["张伟", "王强"], [], "某某日报"),
        ("通讯员:张伟", [], ["张伟"], None),
        ("(本报记者 张伟)", ["张伟"], [], None),
        ("撰稿人:张伟", ["张伟"], [], None),
    ],
)
def test_more_byline_forms(line, authors, correspondents, source):
    assert is_metadata_line(line) and opens_report(line)
    meta = parse_metadata_line(line)
    assert (meta.authors, meta.correspondents, meta.source) == (authors, correspondents, source)


def test_lines_that_name_no_reporter():
    assert parse_metadata_line("星期一 2021-06-07").authors == []  # a weekday and a date: a header
    assert parse_metadata_line("社区工作动态 2021-06-07").authors == []  # four characters: a heading
    assert not is_metadata_line("记者:那这里一共住了多少户?")  # an interview's question


@pytest.mark.parametrize(
    ("paragraph", "kept", "authors", "editors", "source"),
    [
        ("医疗队进驻隔离酒店。(记者 赵一鸣/文 钱二虎/图)", "医疗队进驻隔离酒店。", ["赵一鸣", "钱二虎"], [], None),
        ("居民连声道谢。(文/孙小梅)", "居民连声道谢。", ["孙小梅"], [], None),
        ("居民连声道谢。 刘晓东 文/图", "居民连声道谢。", ["刘晓东"], [], None),
        ("守住了小区大门。(撰稿人:张伟 审稿人:李娜)", "守住了小区大门。", ["张伟"], ["李娜"], None),
        ("取得实效。(来源:某某日报)", "取得实效。", [], [], "某某日报"),
        ("取得实效。（来源：某某日报 记者 张伟）", "取得实效。", ["张伟"], [], "某某日报"),
    ],
)
def test_credits_with_marks_and_labels_at_the_end(paragraph, kept, authors, editors, source):
    cut, meta = trailing_byline(paragraph)
    assert paragraph[:cut] == kept
    assert (meta.authors, meta.editors, meta.source) == (authors, editors, source)


def test_a_label_is_no_bare_name_and_a_name_needs_a_sentence_end_before_its_mark():
    assert trailing_byline("取得实效。(负责人:张伟 联系人:李娜)") is None  # labels, not names
    assert trailing_byline("取得实效。(来源:某某网 点击:12)") is None  # a source with a counter
    assert trailing_byline("社区的文化长廊 图") is None


def test_lead_dateline_with_a_second_outlet_after_a_middle_dot():
    paragraph = "某某日报·某某客户端3月2日讯(记者 张伟 通讯员 李娜)3月2日,某区党员下沉社区。"
    assert dateline_source(paragraph).source == "某某日报"
    start, meta = lead_credits(paragraph)
    assert paragraph[start:].startswith("3月2日,")
    assert (meta.authors, meta.correspondents) == (["张伟"], ["李娜"])


def test_dates_rank_the_report_own_above_the_page_posting_date():
    meta = Metadata()
    meta.merge(parse_metadata_line("发布时间:2022-05-03 09:30"))  # when a mirror posted it
    meta.merge(parse_metadata_line("《某某日报》(2022年05月01日 第3版)"))  # when the paper printed it
    assert meta.date == "2022-05-01"
    meta = Metadata()
    meta.merge(parse_metadata_line("2022-05-03 09:30 来源:某某网"))
    meta.merge(parse_metadata_line("来源:某某日报 2022-05-01"))  # a date given with the source is the source's
    assert meta.date == "2022-05-01"
    meta = Metadata()
    meta.merge(parse_metadata_line("《某某日报》(2022年05月01日 第3版)"))
    meta.merge(parse_metadata_line("发布时间:2022-05-01 09:30"))  # the same day keeps its time
    assert meta.date == "2022-05-01T09:30"


def test_the_lead_dateline_gives_the_day_in_the_page_year():
    from kb.read.metadata import dateline_date

    posted = parse_metadata_line("发布时间:2022-08-06 10:00")
    assert dateline_date("新华社某地8月4日电 某区党员下沉社区。", posted).date == "2022-08-04"
    assert dateline_date("某某网8月6日讯 某区党员下沉社区。", posted).date is None  # the page's day already
    january = parse_metadata_line("发布时间:2023-01-02")
    assert dateline_date("新华社某地12月30日电 某区党员下沉社区。", january).date == "2022-12-30"
    assert dateline_date("新华社某地8月4日电 某区党员下沉社区。", Metadata()).date is None  # no year to give


def test_a_heading_and_its_dateline_on_one_line(tmp_path):
    (article,) = read_page(
        tmp_path,
        "首页>要闻 > 快讯 >\n这支青年突击队真棒! 2021-11-05 08:40:12  来源:某某日报\n\n"
        "某某职业学院的青年教师组成突击队,连续十天在封控小区配送物资。\n",
    )
    assert (article.title, article.date, article.source) == ("这支青年突击队真棒!", "2021-11-05T08:40", "某某日报")
    assert texts_of(article) == "这支青年突击队真棒! 某某职业学院的青年教师组成突击队,连续十天在封控小区配送物资。"


def test_a_field_run_under_the_title_is_no_text(tmp_path):
    (article,) = read_page(
        tmp_path,
        "某系教工支部结对帮扶封控小区\n\n发布者:李明华发布时间:2021-03-04浏览次数:523\n\n\n"
        "3日,某系教工党支部书记带领八名教师赶到某小区值守卡口。\n\n居民连声道谢。(文/孙小梅)\n",
    )
    assert (article.title, article.date) == ("某系教工支部结对帮扶封控小区", "2021-03-04")
    assert (article.authors, article.editors) == (["孙小梅"], ["李明华"])
    assert "李明华" not in texts_of(article) and "浏览" not in texts_of(article)
    assert "3日,某系教工党支部书记" in texts_of(article)


def test_an_exclaiming_headline_above_its_dateline(tmp_path):
    (article,) = read_page(
        tmp_path,
        "要闻 > 正文\n\n小区不解封我们不撤岗!某局党员坚守卡口\n\n2021-12-09  来源:某某网\n\n"
        "某某网讯(记者 张伟 通讯员 李娜)某局的党员志愿者连续值守小区卡口。\n",
    )
    assert article.title == "小区不解封我们不撤岗!某局党员坚守卡口"
    assert (article.date, article.source) == ("2021-12-09", "某某网")
    assert (article.authors, article.correspondents) == (["张伟", "李娜"], ["李娜"])


def test_a_menu_of_table_cells_then_a_name_and_date_byline(tmp_path):
    menu = "".join(f"{item} |\n|\n|\n" for item in ("本站首页", "图片新闻", "视频专区", "评论频道", "便民服务", "联系我们"))
    (article,) = read_page(
        tmp_path,
        menu + "“楼栋长”变身“快递员” |\n某镇机关干部分包村组 |\n|\n周晓明 2021-01-15 |\n|\n"
        "本报讯 14日清晨,某村党员志愿者在村口设卡测温。\n",
    )
    assert (article.title, article.date, article.authors) == ("“楼栋长”变身“快递员”", "2021-01-15", ["周晓明"])
    assert "图片新闻" not in texts_of(article) and "|" not in texts_of(article)


def test_a_digital_paper_prints_the_date_above_the_title(tmp_path):
    (article,) = read_page(
        tmp_path,
        "通版阅读请点击:\n展开通版\n收缩通版\n当前版:03版\n发布日期:2022年07月19日\n"
        "某医院医护党员驰援方舱\n本报讯 (通讯员 王晓芳)连日来,某医院二十名医护人员进驻某方舱。\n",
    )
    assert (article.title, article.date, article.authors) == ("某医院医护党员驰援方舱", "2022-07-19", ["王晓芳"])


def test_a_lead_without_a_heading_gives_no_date_for_title(tmp_path):
    (article,) = read_page(tmp_path, "9月8日,某街道八百名党员干部走进网格。他们逐户登记。\n")
    assert article.title == "某街道八百名党员干部走进网格"


def test_names_are_spelt_as_the_page_spells_them(tmp_path):
    # OpenCC's phrase table would make the name 沈默 the word 沉默; a name is read by character.
    (article,) = read_page(tmp_path, "某区党员下沉社区\n\n记者 沈默 李明\n\n某区党员干部下沉社区。\n")
    assert article.authors == ["沈默", "李明"]


@pytest.mark.parametrize(
    ("line", "authors", "source", "date"),
    [
        ("◎记者 周明远 通讯员 吴晓丽", ["周明远"], None, None),  # a newspaper's bullet before the byline
        ("采写:郑一帆 韩雪", ["郑一帆", "韩雪"], None, None),
        ("图文/钱多多", ["钱多多"], None, None),
        ("某某晚报首席记者 孔令辉", ["孔令辉"], "某某晚报", None),
        ("转自:某某日报  发稿日期:2021-06-05", [], "某某日报", "2021-06-05"),
    ],
)
def test_more_byline_conventions(line, authors, source, date):
    assert is_metadata_line(line)
    meta = parse_metadata_line(line)
    assert meta.authors == authors and meta.source == source and meta.date == date


@pytest.mark.parametrize(
    ("paragraph", "authors", "correspondents"),
    [
        # Credits without brackets, closed by 报道, names glued to their role words.
        ("某某日报讯 记者钱立新、通讯员孙小梅报道:全市党员干部下沉社区。", ["钱立新"], ["孙小梅"]),
        ("本报讯 记者钱立新 通讯员孙小梅报道全市党员干部下沉社区。", ["钱立新"], ["孙小梅"]),
        # The reporters in brackets with no role word after a news agency's dateline.
        ("某某网某市3月5日电 (钱立新、孙小梅)全市党员干部下沉社区。", ["钱立新", "孙小梅"], []),
        # A page's outlet leading its paper's after a dash.
        ("某某新闻网-某某日报讯(记者 钱立新)全市党员干部下沉社区。", ["钱立新"], []),
    ],
)
def test_lead_credits_in_more_forms(paragraph, authors, correspondents):
    start, meta = lead_credits(paragraph)
    assert paragraph[start:] == "全市党员干部下沉社区。"
    assert meta.authors == authors and meta.correspondents == correspondents


def test_lead_credit_forms_that_are_text_stay_text():
    assert lead_credits("本报讯 记者了解到，全市党员干部下沉社区报道了三次。") is None
    assert lead_credits("某某网3月5日电 (综合整理)全市党员干部下沉社区。") is None


def test_a_dash_chain_of_outlets_is_the_source():
    assert dateline_source("某某新闻网-某某日报讯(记者 钱立新)全市党员。").source == "某某新闻网-某某日报"


def test_a_lead_dateline_alone_on_its_line_is_metadata(tmp_path):
    (article,) = read_page(tmp_path, "某区党员下沉社区\n某某日报讯(记者/钱立新 通讯员/孙小梅)\n"
                                     "某区党员干部下沉社区，协助开展核酸检测。\n")
    assert article.source == "某某日报" and article.authors == ["钱立新", "孙小梅"]
    assert article.sentences[-1].text.text.startswith("某区党员干部下沉社区")


@pytest.mark.parametrize(
    ("line", "authors", "source", "date"),
    [
        ("某某+记者 钱立新 通讯员 孙小梅", ["钱立新"], "某某+", None),  # a client app's reporter
        ("供稿单位:某某区委组织部 发布日期:2022-03-15", [], "某某区委组织部", "2022-03-15"),
    ],
)
def test_client_app_reporters_and_supplied_reports(line, authors, source, date):
    assert is_metadata_line(line)
    meta = parse_metadata_line(line)
    assert meta.authors == authors and meta.source == source and meta.date == date


@pytest.mark.parametrize(
    ("line", "authors", "source"),
    [
        ("文丨钱立新 图丨孙小梅", ["钱立新"], None),  # who took the photos is no author
        ("某某日报·某某客户端记者 钱立新", ["钱立新"], "某某日报·某某客户端"),  # a paper and its app
        ("记者 钱　新 通讯员 孙　梅", ["钱新"], None),  # two-character names padded to three
    ],
)
def test_photo_credits_app_outlets_and_padded_names(line, authors, source):
    assert is_metadata_line(line)
    meta = parse_metadata_line(line)
    assert meta.authors == authors and meta.source == source


def test_padded_names_in_lead_credits():
    start, meta = lead_credits("本报讯(记者 钱　新 通讯员 孙　梅)全市党员干部下沉社区。")
    assert meta.authors == ["钱新"] and meta.correspondents == ["孙梅"]
