"""Counted facts: unit tests on constructions of the genre, and recall on the seeds' gold stats."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kb.extract.numerals import chinese_value, find_numerals
from kb.extract.stats import Count, find_counts
from kb.read import read_articles

from .extract_helpers import facts_of

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "seeds.gold.jsonl"


def one(sentence: str) -> Count:
    counts = find_counts(sentence)
    assert len(counts) == 1, counts
    return counts[0]


# --- numerals ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "approx"),
    [
        ("3.7万余名", 37000, True),
        ("近2000名", 2000, True),
        ("一千二百余名", 1200, True),
        ("两千余户", 2000, True),
        ("1,200名", 1200, False),
        ("逾百人", 100, True),
        ("上千名", 1000, True),
        ("十支", 10, False),
        ("约300名", 300, True),
        ("３０名", 30, False),
    ],
)
def test_numeral_value_and_hedge(text, value, approx):
    n = find_numerals(text)[0]
    assert (n.value, n.approx) == (value, approx)


def test_money_keeps_wan_for_its_unit():
    n = find_numerals("150万元")[0]
    assert n.value == 150 and n.end == 3


def test_chinese_value_rejects_non_numbers():
    assert chinese_value("两") == 2
    assert chinese_value("万") == 10000


# --- counts the brief names -------------------------------------------------------------


def test_subject_with_counted_object():
    c = one("全市共有1255个机关单位包联2159个社区(小区),进一步把包联责任向小区延伸。")
    assert (c.value, c.unit, c.noun, c.verb) == (1255, "个", "机关单位", "包联")
    assert (c.object_value, c.object_noun) == (2159, "社区(小区)")


def test_object_after_a_place_word():
    c = one("21名区领导分包全区11个镇(街道),")
    assert (c.value, c.noun, c.object_value, c.object_noun) == (21, "区领导", 11, "镇(街道)")


def test_ten_thousands_with_hedge():
    c = one("3.7万余名在职党员干部奔赴社区(小区)防控一线,")
    assert (c.value, c.approx, c.noun, c.verb) == (37000, True, "在职党员干部", "奔赴")


def test_noun_after_the_number():
    c = one("建立党员群众微信群2912个,")
    assert (c.value, c.unit, c.noun, c.verb) == (2912, "个", "党员群众微信群", "建立")


def test_noun_after_the_number_with_hedge_before_it():
    c = one("为一线工作人员配发保暖冲锋衣近1900件。")
    assert (c.value, c.approx, c.noun, c.unit) == (1900, True, "保暖冲锋衣", "件")


def test_unit_is_the_noun_when_nothing_else_is_counted():
    assert [(c.value, c.noun) for c in find_counts("这个社区有1416户、4000多居民,")] == [
        (1416, "户"),
        (4000, "居民"),
    ]


def test_person_count_of_an_activity_falls_back_to_the_unit():
    c = one("开展区级联审647人次,")
    assert (c.noun, c.unit) == ("人次", "人次")


def test_examples_before_deng_leave_the_unit_as_noun():
    c = one("共排摸出独居老人、留守儿童、孕妇等21005人,")
    assert (c.value, c.noun, c.verb) == (21005, "人", "排摸出")


def test_list_before_deng_counts_the_noun_after_the_measure():
    c = one("在站前街道、官渡街道等6个疫情防控一线指挥部成立临时党支部。")
    assert (c.value, c.noun) == (6, "疫情防控一线指挥部")


def test_modifier_with_de_is_skipped():
    assert one("对于两个较大的隔离点,由区委组织部派驻干部。").noun == "隔离点"
    assert one("组建了52人的党员突击队。").noun == "党员突击队"


def test_reach_verb_puts_the_noun_before_it():
    c = one("全区上岗的“第二书记”达到379人次,")
    assert (c.value, c.noun, c.verb) == (379, "第二书记", "达到")


def test_quoted_team_name_is_kept_in_the_noun():
    assert one("43支“首善先锋”党员志愿服务队让党旗飘扬").noun == "“首善先锋”党员志愿服务队"


def test_parenthesis_after_a_head_belongs_to_it():
    assert one("全区12个街道（乡镇）成立临时党支部。").noun == "街道(乡镇)"


def test_money():
    c = one("迅速下拨第一批专项党费150万元,")
    assert (c.value, c.unit, c.noun, c.verb) == (150, "万元", "专项党费", "下拨")


# --- constructions the seeds do not show ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "approx", "unit", "noun"),
    [
        ("约300名志愿者参与核酸检测。", 300, True, "名", "志愿者"),
        ("全镇两千余户居民全部完成登记。", 2000, True, "户", "居民"),
        ("一千二百余名党员下沉社区。", 1200, True, "名", "党员"),
        ("组建十支队伍。", 10, False, "支", "队伍"),
        ("投入资金1.2亿元。", 1.2, False, "亿元", "资金"),
        ("三十余个小区实行封闭管理。", 30, True, "个", "小区"),
        ("上千名群众自发捐款。", 1000, True, "名", "群众"),
        ("共有党员100人左右。", 100, True, "人", "党员"),
        ("招募志愿者1,200名。", 1200, False, "名", "志愿者"),
        ("逾百人报名。", 100, True, "人", "人"),
        ("超过200名党员主动请战。", 200, True, "名", "党员"),
        ("发放口罩5000余个。", 5000, True, "个", "口罩"),
        ("募集5000份口罩", 5000, False, "份", "口罩"),
        ("第三批120名医护人员抵达。", 120, False, "名", "医护人员"),
        ("全区3000多户完成登记。", 3000, True, "户", "户"),
        ("动员近5000名在职党员到社区报到。", 5000, True, "名", "在职党员"),
        ("共有在职党员1200名到社区报到。", 1200, False, "名", "在职党员"),
        ("为全区1.5万户困难群众送去生活物资。", 15000, False, "户", "困难群众"),
        ("全县累计出动党员干部1.2万人次。", 12000, False, "人次", "党员干部"),
        ("7100余名从业人员参与门岗值守。", 7100, True, "名", "从业人员"),
        ("截至4月20日,已有超8000名党员报到。", 8000, True, "名", "党员"),
    ],
)
def test_unseen_constructions(sentence, value, approx, unit, noun):
    c = one(sentence)
    assert (c.value, c.approx, c.unit, c.noun) == (value, approx, unit, noun)


def test_two_counts_joined_by_he_are_both_reported():
    counts = find_counts("成立了10个临时党支部和20支突击队。")
    assert [(c.value, c.unit, c.noun, c.verb) for c in counts] == [
        (10, "个", "临时党支部", "成立"),
        (20, "支", "突击队", "成立"),
    ]


def test_sinking_to_a_counted_place_is_an_object():
    c = one("区委组织部选派30名干部下沉到15个社区。")
    assert (c.value, c.noun, c.verb, c.object_value, c.object_noun) == (30, "干部", "下沉到", 15, "社区")


def test_non_pairing_verb_does_not_make_an_object():
    counts = find_counts("联合12个相关职能部门开展区级联审647人次,")
    assert [(c.value, c.object_value) for c in counts] == [(12, None), (647, None)]


def test_two_post_nominal_counts_in_one_sentence():
    counts = find_counts("全区共设置核酸采样点320个,配备采样人员1500余名。")
    assert [(c.value, c.noun, c.verb) for c in counts] == [
        (320, "核酸采样点", "设置"),
        (1500, "采样人员", "配备"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "2022年3月31日,区委召开会议。",  # dates
        "7月14日下午,茂南区举行授旗仪式。",
        "安排党员24小时值守。",  # durations
        "仅用9个小时基本完成全员采样工作。",
        "他在隔离点连续工作16天。",
        "迅速下拨第一批专项物资。",  # ordinals
        "坚持第二书记制度,印发第九版方案。",
        "其中老人占1/3。",  # ratio
        "完善小区“1+10+7”应急预案体系。",  # formulas and codes
        "组成“1+3+10+N”的工作队伍。",
        "1名点长+1名医疗组长+10名医护人员",
        "在处置“12·15”本土疫情中,",
        "“0708”疫情发生后,",
        "建立“三个六”工作流程。",  # short quotations
        "以“四项机制”构建红色防线。",
        "落实《加强社区疫情防控十条措施》。",  # titles
        "一体把握第九版、二十条和新十条。",  # policy articles
        "一名党员就是一面旗帜。",  # 一 as article
        "万众一心、众志成城。",  # idioms
        "织密基层组织建设一张网,实行一对一帮扶。",
        "每支队伍10人。",  # per-unit rates
        "每名党员联系1个楼栋和若干居民户。",
        "7名县委常委各包联1个社区",
        "完成率达到95%。",  # percentages
        "联系电话13812345678。",  # phone
        "发布时间:2022年04月25日08:12",
    ],
)
def test_not_counts(sentence):
    assert [c for c in find_counts(sentence) if c.value != 7] == []


def test_a_verb_in_a_list_names_an_activity_not_the_governing_verb():
    c = one("根据需要成立物资保障、志愿者招募、出入口管控等10个专项小组。")
    assert (c.value, c.noun, c.verb) == (10, "专项小组", "成立")


def test_verb_after_a_counted_subject():
    assert one("3.7万名在职党员奔赴社区一线。").verb == "奔赴"
    assert one("公馆镇56个党支部都成立疫情防控党员先锋队。").verb == "成立"


def test_per_unit_object_is_not_attached():
    c = one("7名县委常委各包联1个社区,")
    assert (c.value, c.noun, c.object_value) == (7, "县委常委", None)


def test_offsets_cover_the_claim():
    s = "全市共有1255个机关单位包联2159个社区(小区),其中尧都区共246个机关单位包联942个小区。"
    spans = [s[c.start : c.end] for c in find_counts(s)]
    assert spans == ["1255个机关单位包联2159个社区(小区)", "246个机关单位包联942个小区"]


@given(
    st.text(
        alphabet="0123456789一二三四五六七八九十百千万两余多近约个名支户人次的和、,。“”()第年月日每各党员干部社区小区包联建立",
        max_size=40,
    )
)
def test_any_text_gives_spans_inside_it(text):
    for c in find_counts(text):
        assert 0 <= c.start < c.end <= len(text)
        assert c.value > 0 and c.noun


# --- counts in whole articles, through the extraction pipeline ------------------------


def test_counts_are_found_in_an_article_built_from_strings():
    # the helper articles run through the whole pipeline, including counts
    f = facts_of("太原市小店区全力抗疫。", "全区2.3万名在职党员到居住地社区报到。")
    counts = [c for sf in f.sentences for c, _ in sf.counts]
    assert any(c.value == 23000 for c in counts)


def test_a_days_figure_is_counted_but_a_rate_per_unit_is_not():
    daily = find_counts("每天组织完成核酸采样2.3万余人次。")
    assert [(c.value, c.noun) for c in daily] == [(23000.0, "人次")]
    assert find_counts("每个小区配备3名网格员。") == []


def test_counts_get_the_region_before_them_as_scope():
    f = facts_of("临汾市全力抗疫。隰县组织150个单位包联49个小区。")
    counts = [(c.value, scope.name) for sf in f.sentences for c, scope in sf.counts]
    assert (150, "隰县") in counts


# --- the seeds' gold stats ----------------------------------------------------------------

_SCORER_STRIP = re.compile(r"[\s\"'“”‘’《》〈〉「」『』【】·•]")


def seed_sentences(path: Path) -> list[str]:
    return [s.text.text for a in read_articles(str(path)) for s in a.sentences]


def _norm(s: str) -> str:
    return _SCORER_STRIP.sub("", unicodedata.normalize("NFKC", s or ""))


def matches_gold(gold: dict, count: Count) -> bool:
    """The scorer's rule for stats, with the noun required to match (not only the evidence)."""
    if abs(count.value - gold["value"]) > 0.01 * gold["value"]:
        return False
    g, n = _norm(gold["noun"]), _norm(count.noun)
    if g not in n and n not in g:
        return False
    return "object_value" not in gold or count.object_value in (None, gold["object_value"])


def test_recall_and_density_on_the_seeds():
    gold = [
        row for row in map(json.loads, GOLD.read_text(encoding="utf-8").splitlines()) if row["kind"] == "stat"
    ]
    found, chars = {}, 0
    for name in sorted({g["file"] for g in gold}):
        sentences = seed_sentences(ROOT / "seeds" / name)
        chars += sum(map(len, sentences))
        found[name] = [c for s in sentences for c in find_counts(s)]
    missed = [g for g in gold if not any(matches_gold(g, c) for c in found[g["file"]])]
    assert 1 - len(missed) / len(gold) >= 0.9, missed
    # The seeds hold about 8 counts per 1000 characters; many more would be junk.
    assert 1000 * sum(map(len, found.values())) / chars <= 12
