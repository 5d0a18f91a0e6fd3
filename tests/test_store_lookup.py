"""Name look-up against the real server: exact, Traditional, alias, full-text, fuzzy, ambiguity."""

from __future__ import annotations

import pytest

from kb.store import lookup


@pytest.mark.parametrize(
    "text, name, how",
    [
        ("郭家娄居民区", "郭家娄居民区", "name"),
        ("  “郭家娄居民区” ", "郭家娄居民区", "name"),  # quotes and spaces do not matter
        ("榮欣居民區", "荣欣居民区", "name"),  # Traditional input is made Simplified first
        ("二号方舱", "申港路集中隔离治疗点", "alias"),
        ("郭家娄", "郭家娄居民区", "fulltext"),  # part of a name, through the CJK bigram index
        ("郭家楼居民区", "郭家娄居民区", "fulltext"),  # a wrong character
        ("community:市府小区", "市府小区", "name"),  # a uid, as listed for ambiguous names
    ],
)
def test_resolve(graph, text, name, how):
    m = lookup.resolve(graph, text)
    assert (m.name, m.how, len(m.uids)) == (name, how, 1)


def test_labels_narrow_the_search(graph):
    # 市府小区 is a Community; its temporary branch 市府小区临时党支部 is a PartyOrg
    assert lookup.resolve(graph, "市府小区临时党支部").label == "PartyOrg"
    with pytest.raises(lookup.UnknownName):
        lookup.resolve(graph, "市府小区临时党支部", labels=["Person"])


def test_an_ambiguous_name_lists_its_candidates(graph):
    with pytest.raises(lookup.AmbiguousName) as err:
        lookup.resolve(graph, "城南街道")
    assert err.value.exit_code == 4
    assert sorted(c.scope for c in err.value.candidates) == [("某某区",), ("茂南区",)]
    assert "region:城南街道@茂南区" in str(err.value)
    # and a candidate's uid picks it
    assert lookup.resolve(graph, "region:城南街道@茂南区").uids == ("region:城南街道@茂南区",)


def test_generic_nodes_of_one_name_are_asked_together(graph):
    m = lookup.resolve(graph, "临时党支部")
    assert m.uids == ("partyorg:临时党支部@linfen", "partyorg:临时党支部@maonan")


def test_unknown_name(graph):
    with pytest.raises(lookup.UnknownName) as err:
        lookup.resolve(graph, "不存在的地方")
    assert err.value.exit_code == 3


@pytest.mark.parametrize("text", ["1+10+7应急预案体系", 'a"b', "(", "\\", "*:*", "AND"])
def test_lucene_syntax_in_input_is_taken_literally(graph, text):
    # no exception from the full-text query parser, and nothing matched by accident
    assert lookup.candidates(graph, text) == []


def test_candidates_rank_the_closest_form_first(graph):
    found = lookup.candidates(graph, "市府小区临时")
    assert found[0].name == "市府小区临时党支部"
    assert {c.name for c in found} >= {"市府小区临时党支部", "市府小区"}


def test_search_pools_every_stage_but_resolve_stops_at_the_first(graph):
    from kb.store import queries

    rows = queries.run_query(graph, "search", "市府小区").rows
    assert [(r["name"], r["how"]) for r in rows][:2] == [("市府小区", "name"), ("市府小区临时党支部", "fulltext")]
    assert lookup.resolve(graph, "市府小区").uids == ("community:市府小区",)
