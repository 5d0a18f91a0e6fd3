from kb.read import normalize
from kb.read.mojibake import find_mojibake
from kb.read.sentences import split_sentences


def sentences_of(original):
    text = normalize(original)
    garbage = {o for s, e in find_mojibake(original) for o in range(s, e)}
    return [s for s in split_sentences(text, garbage.__contains__)], text


def test_split_on_chinese_sentence_punctuation_with_closing_quotes():
    out, _ = sentences_of("“我是党员,我先上!”他说。疫情就是命令?是的……大家行动起来")
    assert [s.text for s in out] == [
        "“我是党员,我先上!”",
        "他说。",
        "疫情就是命令?",
        "是的……",
        "大家行动起来",
    ]


def test_offsets_point_into_the_original():
    original = "中國共產(chǎn)黨員下沉社區(qū)。居民很滿意。"
    out, _ = sentences_of(original)
    assert [s.text for s in out] == ["中国共产党员下沉社区。", "居民很满意。"]
    first = out[0]
    start, end = first.original_span(0, len(first.text))
    assert original[start:end] == "中國共產(chǎn)黨員下沉社區(qū)。"


def test_long_list_of_clauses_is_cut_at_semicolons():
    clause = "全区组建了一支党员突击队并下沉到社区开展工作"
    long = ";".join([clause] * 4) + "。"
    assert len(split_sentences(normalize(long))) == 4
    short = "交通封闭,不封闭服务;小区封闭,不封闭温暖。"
    assert len(split_sentences(normalize(short))) == 1


def test_mojibake_run_is_a_boundary_and_is_left_out():
    original = "大事難事看擔當,關鍵時刻顯本色?!拔沂屈h員,我報名”,家住市區的王偉報名了。"
    out, _ = sentences_of(original)
    texts = [s.text for s in out]
    assert texts[0] == "大事难事看担当,关键时刻显本色"
    assert all("拔沂" not in t and "?" not in t for t in texts)
    assert texts[1].startswith("员,我报名")


def test_html_scrap_and_lost_bytes():
    original = "我沒事,我能行?!?/p>\n民呼我應、民憂我解。"
    out, _ = sentences_of(original)
    assert [s.text for s in out][0] == "我没事,我能行"


def test_piece_after_a_run_does_not_open_with_its_leftovers():
    out, _ = sentences_of("形成組織體系和工作體系?!?”即:建立小區黨員臺賬。")
    assert [s.text for s in out] == ["形成组织体系和工作体系", "即:建立小区党员台账。"]
