"""TWINNED_WITH: bodies twinned with one another (结对共建, 结对), read either way round, with lists on
either side; the community side is the second end."""

import pytest

from .extract_helpers import assert_extracted, case, triples

TWINNING = [
    # twinning
    case("a_company_branch_twinned_with_a_village_branch",
         ("成都市郫都区全力抗疫。", "四川华西建设公司党支部与荷花池村党支部结对共建。"),
         found=[("TWINNED_WITH", "四川华西建设公司党支部", "荷花池村党支部")]),
    case("twinning_reads_either_way_round",
         ("武侯区开展工作。簇桥街道锦城社区与区财政局党支部结对,共同开展服务。",),
         found=[("TWINNED_WITH", "武侯区财政局党支部", "锦城社区")]),
]


@pytest.mark.parametrize(("text", "expected"), TWINNING)
def test_twinning(text, expected):
    assert_extracted(text, **expected)


# ---------------------------------------------------------------- twinning


def test_a_list_of_bodies_twinned_with_a_subdistrict():
    got = triples("杭州市拱墅区全力抗疫。", "区财政局、区司法局、团区委等单位结对共建米市巷街道。")
    assert ("TWINNED_WITH", "拱墅区财政局", "米市巷街道") in got
    assert ("TWINNED_WITH", "拱墅区司法局", "米市巷街道") in got
    # a district is too large to be one end of a pair
    assert not any(t == "TWINNED_WITH" and o == "拱墅区"
                   for t, _, o in triples("杭州市拱墅区全力抗疫。", "区财政局结对共建拱墅区。"))


def test_one_body_twinned_with_a_list_and_the_body_twins_with_the_community_side():
    got = triples("武汉市洪山区全力抗疫。", "区卫健局党支部与东湖社区、西湖社区结对共建。")
    assert {("TWINNED_WITH", "洪山区卫健局党支部", c) for c in ("东湖社区", "西湖社区")} <= got
    got = triples("武汉市洪山区全力抗疫。", "东湖社区党委与区卫健局党支部、区财政局党支部结对共建。")
    assert {("TWINNED_WITH", b, "东湖社区党委") for b in ("洪山区卫健局党支部", "洪山区财政局党支部")} <= got
