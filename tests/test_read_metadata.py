import pytest

from kb.read.metadata import (
    Metadata,
    dateline_source,
    parse_byline,
    parse_date,
    parse_metadata_line,
    trailing_byline,
)


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
