import pytest

from kb.read.linebreaks import is_continuation


@pytest.mark.parametrize(
    ("line", "following"),
    [
        ("全区28个集中隔离点全部建立临时党支", "部,实现了党组织全覆盖。"),
        ("目前,全区建立临时党支", "部,实现了党组织全覆盖。"),
        ("蓉江新区结合“我为群众", "办实事”实践活动,推行服务。"),  # an open quote
        ("实行区领导包联镇,", "21名区领导分包全区11个镇。"),  # clause punctuation
        ("推动驻区单位的", "党组织与社区开展结对共建,效果很好。"),  # a function word at the end
        ("推动区机关、企事业单位", "党组织,行业党组织与社区开展结对共建。"),  # a three-character tail
        ("建立隔离场所一线人员", "关爱保障机制。在全区组建服务队。"),  # a fragment up to the first full stop
        ("开展工作", ",取得实效。"),  # the next line opens with punctuation
    ],
)
def test_cuts_are_joined(line, following):
    assert is_continuation(line, following, following)


@pytest.mark.parametrize(
    ("line", "following", "after"),
    [
        ("第一段结束了。", "第二段开始了。", ""),
        ("支部建在隔离点 党员战“疫”冲在前", "■记者 郭文治 李静雯", ""),
        ("上海松江党员干部下沉社区和方舱——", "“越是困难的时候,越要与群众在一起”", ""),  # kicker
        ("146名“点长”,让核酸采样点“问事有人答”", "日前,恒福尚城北门核酸采样A点“点长”到达现场。", ""),
        ("织密基层组织建设“一张网”", "蓉江新区按照要求,以党组织为核心,推动党建融合。", ""),
        ("织密组织网", "近日,全区社区党组织切实履行责任。", ""),
        (
            "图为党员志愿者在卡口值守(林小红 摄)",
            "三坊七巷社区成立临时党支部,下设5个党小组;",
            "",
        ),  # a caption  # a paragraph opener, not a tail
        (
            "以责任落实推动工作落实,提升战斗",
            "以“共治共享”新理念推动温暖社区建设",
            "■记者 郭文治",
        ),  # a title above a byline
    ],
)
def test_paragraph_breaks_stay(line, following, after):
    assert not is_continuation(line, following, following, after)


def test_an_indented_line_is_running_text_not_a_heading():
    # PDF copies of newspapers indent paragraphs; a cut can leave a short first line.
    assert is_continuation("\u3000\u3000某市某区在防控中坚持党建引领,将全区划分", "为120个网格。", "为120个网格。")
    assert not is_continuation("坚持党建引领,在一线设临时党支部", "某街道成立临时党支部。", "某街道成立临时党支部。")
