import unicodedata
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from kb.read import normalize
from kb.read.normalize import is_gloss


def check_offsets(original, t):
    assert len(t.text) == len(t.surface) == len(t.origin) - 1
    assert t.origin[-1] == len(original)
    assert all(0 <= o < len(original) for o in t.origin[:-1])
    assert all(a < b for a, b in pairwise(t.origin))


def test_pinyin_glosses_are_dropped_and_offsets_skip_them():
    original = "中國共產(chǎn)黨新聞網(wǎng)"
    t = normalize(original)
    assert t.text == "中国共产党新闻网"
    assert t.surface == "中國共產黨新聞網"
    check_offsets(original, t)
    i = t.text.index("党")
    assert original[t.origin[i]] == "黨"


def test_bare_syllable_and_fullwidth_brackets_are_glosses():
    assert normalize("我們（men）的").text == "我们的"
    assert is_gloss("de") and is_gloss("lǜ") and not is_gloss("pcr")


def test_brackets_that_are_not_glosses_stay():
    assert normalize("社区(小区)").text == "社区(小区)"
    assert normalize("检测(PCR)").text == "检测(PCR)"
    assert normalize("方案(xyzzy)").text == "方案(xyzzy)"


def test_traditional_to_simplified_keeps_the_surface():
    original = "臨汾市黨員幹部下沉社區"
    t = normalize(original)
    assert t.text == "临汾市党员干部下沉社区"
    assert t.surface == original
    assert t.origin == list(range(len(original) + 1))


def test_pdf_break_inside_a_word_is_joined():
    original = "目前,全区28个集中隔离点全部建立临时党支\n\n部,实现了党组织全覆盖。"
    t = normalize(original)
    assert "临时党支部" in t.text
    check_offsets(original, t)
    assert original[t.origin[t.text.index("部,")]] == "部"


def test_break_after_clause_punctuation_or_open_quote_is_joined():
    assert (
        normalize("实行区领导包联镇,\n\n21名区领导分包全区11个镇。").text
        == "实行区领导包联镇,21名区领导分包全区11个镇。"
    )
    assert "“我为群众办实事”" in normalize("蓉江新区结合“我为群众\n\n办实事”实践活动,推行服务。").text


def test_short_fragment_after_a_break_is_joined():
    t = normalize("建立隔离场所一线人员\n\n关爱保障机制。在全区组建党员服务队。")
    assert t.text.startswith("建立隔离场所一线人员关爱保障机制。")


def test_heading_and_byline_stay_separate():
    original = "织密基层组织建设“一张网”\n\n蓉江新区按照要求,以党组织为核心,推动党建融合。"
    assert normalize(original).text == original
    titled = "支部建在隔离点 党员战“疫”冲在前\n\n■记者 郭文治 李静雯\n\n上海市宝山区筑牢抗疫防线。"
    assert normalize(titled).text == titled


def test_unfinished_paragraph_before_a_title_with_byline_stays_separate():
    original = "以责任落实推动工作落实,提升战斗\n\n以“共治共享”新理念推动温暖社区建设\n\n■记者 郭文治\n\n近年来,蓉江新区推动建设。"
    assert "\n\n以“共治共享”" in normalize(original).text


def test_sentence_end_keeps_the_paragraph_break():
    original = "第一段结束了。\n\n第二段开始"
    assert normalize(original).text == original


def test_mojibake_is_left_as_it_is():
    original = "關鍵時刻顯本色?!拔沂屈h員,我報名”"
    t = normalize(original)
    assert "?!拔沂屈h" in t.text
    assert t.surface == original


def test_line_ending_in_mojibake_keeps_its_break():
    original = "他說,我沒事,我能行?!?/p>\n民呼我應、民憂我解。"
    assert normalize(original).text.count("\n") == 1


def test_punctuation_is_unified_one_for_one():
    original = "「首善先锋」党员（志愿）服务队,１２·１５疫情‧“0708”:ＡＢ　"
    t = normalize(original)
    assert t.text == "“首善先锋”党员(志愿)服务队,12·15疫情·“0708”:AB "
    check_offsets(original, t)


def test_straight_quotes_become_curly_in_pairs():
    assert normalize('打造社区党建"四网融合"模式').text == "打造社区党建“四网融合”模式"


def test_length_changing_nfkc_and_list_markers_are_not_applied():
    assert normalize("面积100㎡…").text == "面积100㎡…"
    assert normalize("①建立台账②包联小区").text == "①建立台账②包联小区"


HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
FRAGMENTS = st.sampled_from(
    [
        "\n",
        "\n\n",
        "。",
        ",",
        "“",
        "”",
        "(chǎn)",
        "(de)",
        "（",
        "）",
        "?",
        "?!",
        "■记者 张三",
        "|",
        "·",
        "h",
        "Ь",
        "/p>",
        "　",
        "⼀",
    ]
)
TEXTS = st.one_of(
    st.text(),
    st.lists(
        st.one_of(st.text(HAN, min_size=1, max_size=12), FRAGMENTS, st.text(max_size=3)), max_size=40
    ).map("".join),
)


def char_class(ch: str) -> str:
    ch = unicodedata.normalize("NFKC", ch)[:1]  # a Kangxi radical pasted from a PDF is Han
    if not ch:
        return "other"
    if unicodedata.name(ch, "").startswith(("CJK UNIFIED IDEOGRAPH", "CJK COMPATIBILITY IDEOGRAPH")):
        return "han"
    return "letter" if ch.isalpha() else "digit" if ch.isdigit() else "other"


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_normalize_never_raises_and_offsets_map_back_to_the_same_class(original):
    t = normalize(original)
    check_offsets(original, t)
    for i, ch in enumerate(t.text):
        source = original[t.origin[i]]
        assert char_class(ch) == char_class(source) or (ch == " " and source.isspace()), (ch, source)
        if char_class(ch) == "han":
            assert char_class(t.surface[i]) == "han"


def test_a_page_break_inside_a_sentence_is_passed_over():
    original = "\u3000\u3000片区被划为高风险区后,街道党工委委员李明担任临\n\n— 7 —\n\n某某日报  2021年3月5日  星期五  要闻\n\n时党支部书记,负责片区防控。"
    t = normalize(original)
    assert "李明担任临时党支部书记,负责片区防控。" in t.text
    assert "日报" not in t.text and "— 7 —" not in t.text
    i = t.text.index("时党支部")
    assert original[t.origin[i]] == "时"  # offsets still point into the original


def test_a_number_cut_by_a_line_break_is_joined_without_a_space():
    assert "建立业主群236个" in normalize("\u3000\u3000社区还建立业主群2\n36个,及时发布信息。").text
    assert "PCR test" in normalize("\u3000\u3000各社区立即组织居民,开展PCR\ntest,随后上报。").text


def test_html_references_are_decoded_and_tags_dropped_with_their_origins():
    from kb.read.normalize import normalize

    original = "社区&#65292;党员<br>下沉&amp;值守"
    t = normalize(original)
    assert t.text == "社区,党员下沉&值守"
    assert original[t.origin[2]] == "&"  # the decoded comma points at its reference
    assert original[t.origin[5]] == "下"  # the tag is gone, what follows keeps its offset
    assert normalize("AT&T 与 <不是标签").text.endswith("<不是标签")
