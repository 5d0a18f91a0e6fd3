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
