"""Name look-up: the keys names are found by (no server), then against the real server:
uid, exact name, alias, Pinyin, typos in either script, classes, ambiguity, unknown names,
and the same through the `kb` command line."""

from __future__ import annotations

import json
import subprocess

import pytest

from kb.errors import UsageError
from kb.store import lookup, name_keys

from .conftest import KB, ROOT

# ------------------------------------------------------------------ keys and scores (no server)


def test_pinyin_keys_have_no_tones_or_spaces_and_keep_latin_and_digits():
    assert name_keys.pinyin_keys("郭家娄居民区") == ("guojialoujuminqu", "gjljmq")
    assert name_keys.pinyin_keys("二号楼A座") == ("erhaolouazuo", "ehlaz")
    assert name_keys.pinyin_keys("重庆援沪医疗队")[0].startswith("chongqing")  # the phrase's reading, not zhong


def test_what_a_user_types_gets_the_keys_a_name_was_stored_with():
    stored = name_keys.lookup_keys("郭家娄居民区", ["郭家婁居民區", "中山街道郭家娄居民区"])
    assert stored == sorted(["郭家娄居民区", "中山街道郭家娄居民区", "guojialoujuminqu", "gjljmq",
                             "zhongshanjiedaoguojialoujuminqu", "zsjdgjljmq"])  # fmt: skip
    for typed in ("guojialou", "Guo Jia Lou", "GUO-JIA-LOU", "郭家樓", "郭家楼"):
        assert name_keys.query_keys(typed)[1] == "guojialou", typed
    assert name_keys.query_keys("郭家樓居民區") == ("郭家楼居民区", "guojialoujuminqu")


def test_lucene_query_escapes_syntax_and_operators():
    q = name_keys.lucene_query('a"b (AND) x:y*', "abandxy")
    assert q.startswith('a\\"b \\(and\\) x\\:y\\*') and "abandxy*" in q


def test_a_class_word_inside_what_was_typed_does_not_count_as_a_match():
    typed = "郭家楼居民区"
    assert name_keys.similarity(typed, "居民区") < name_keys.similarity(typed, "郭家娄居民区")
    # but what was typed may be part of a name
    assert name_keys.similarity("郭家娄", "郭家娄居民区") == pytest.approx(90)


def test_too_long_a_name_is_a_usage_error_before_any_query():
    lookup.check_text("郭" * name_keys.MAX_NAME_LENGTH)
    with pytest.raises(UsageError, match="at most"):
        lookup.check_text("郭" * (name_keys.MAX_NAME_LENGTH + 1))


# ------------------------------------------------------------------ against the server


@pytest.mark.parametrize(
    "text, name, how",
    [
        ("郭家娄居民区", "郭家娄居民区", "name"),
        ("  “郭家娄居民区” ", "郭家娄居民区", "name"),  # quotes and spaces do not matter
        ("榮欣居民區", "荣欣居民区", "name"),  # Traditional input is made Simplified first
        ("二号方舱", "申港路集中隔离治疗点", "alias"),
        ("郭家娄", "郭家娄居民区", "fuzzy"),  # part of a name, through the CJK bigram index
        ("郭家楼居民区", "郭家娄居民区", "pinyin"),  # a wrong character that sounds the same
        ("郭家樓居民區", "郭家娄居民区", "pinyin"),  # the same typo, typed in Traditional
        ("榮新居民區", "荣欣居民区", "pinyin"),
        ("荣欣居民", "荣欣居民区", "fuzzy"),  # a character missing
        ("guojialou", "郭家娄居民区", "pinyin"),
        ("Guo Jia Lou", "郭家娄居民区", "pinyin"),
        ("gjljmq", "郭家娄居民区", "pinyin"),  # initials
        ("Shen Gang Lu", "申港路集中隔离治疗点", "pinyin"),
        ("community:市府小区", "市府小区", "uid"),  # a uid, as listed for ambiguous names
    ],
)
def test_resolve(graph, text, name, how):
    m = lookup.resolve(graph, text)
    assert (m.name, m.how, len(m.uids)) == (name, how, 1)


def test_only_specific_entities_have_lookup_keys(graph):
    rows, _, _ = graph.execute_query("MATCH (n:Entity) RETURN n.generic AS generic, n.lookup AS keys, n.name AS name")
    assert all((r["keys"] is None) == r["generic"] for r in rows)
    keys = {r["name"]: r["keys"] for r in rows if not r["generic"]}
    assert {"郭家娄居民区", "guojialoujuminqu", "gjljmq"} <= set(keys["郭家娄居民区"])


@pytest.mark.parametrize("text", ["居民区", "居民區", "社区"])
def test_a_class_is_never_the_answer_to_a_name(graph, text):
    with pytest.raises(lookup.UnknownName) as err:
        lookup.resolve(graph, text)
    assert err.value.exit_code == 3 and "names a class" in str(err.value)


def test_a_typo_finds_the_specific_community_not_the_class(graph):
    assert lookup.resolve(graph, "郭家樓居民區", labels=["Community"]).uids == ("community:郭家娄居民区",)
    found = lookup.search(graph, "郭家樓居民區")
    assert found[0].name == "郭家娄居民区"
    assert "community:居民区@songjiang" not in [c.uid for c in found]


def test_a_class_answers_to_its_uid_and_in_a_question_about_classes(graph):
    assert lookup.resolve(graph, "community:居民区@songjiang").uids == ("community:居民区@songjiang",)
    m = lookup.resolve(graph, "临时党支部", classes=True)  # several nodes of one class: asked together
    assert m.uids == ("partyorg:临时党支部@linfen", "partyorg:临时党支部@maonan")
    with pytest.raises(lookup.UnknownName):
        lookup.resolve(graph, "临时党支部")
    # a class is found by its exact name only, never through a typo
    assert [c.generic for c in lookup.search(graph, "临时党枝部")] == [False]


def test_labels_narrow_the_search(graph):
    # 市府小区 is a Community; its temporary branch 市府小区临时党支部 is a PartyOrg
    assert lookup.resolve(graph, "市府小区临时党支部").label == "PartyOrg"
    with pytest.raises(lookup.UnknownName):
        lookup.resolve(graph, "市府小区临时党支部", labels=["Person"])


def test_an_ambiguous_name_lists_what_tells_its_candidates_apart(graph):
    with pytest.raises(lookup.AmbiguousName) as err:
        lookup.resolve(graph, "城南街道")
    assert err.value.exit_code == 4
    assert [c.scope for c in err.value.candidates] == [("某某区",), ("茂南区",)]  # sorted by what a reader sees
    assert "城南街道 (Region in 茂南区, from 《茂南区片长制点长制队长制》, uid region:城南街道@茂南区)" in str(err.value)
    # and a candidate's uid picks it
    assert lookup.resolve(graph, "region:城南街道@茂南区").uids == ("region:城南街道@茂南区",)


def test_candidates_that_differ_only_by_uid_come_in_uid_order_every_time(graph):
    messages = set()
    for _ in range(3):
        with pytest.raises(lookup.AmbiguousName) as err:
            lookup.resolve(graph, "张伟")
        assert [c.uid for c in err.value.candidates] == ["person:张伟@1", "person:张伟@2"]
        messages.add(str(err.value))
    assert len(messages) == 1


def test_an_unknown_name_suggests_the_closest_specific_names(graph):
    with pytest.raises(lookup.UnknownName) as err:
        lookup.resolve(graph, "不存在居民区", labels=["Community"])
    message = str(err.value)
    assert err.value.exit_code == 3 and "closest" in message
    assert "郭家娄居民区" in message and "uid community:" in message and "@songjiang" not in message


def test_a_long_name_is_refused_or_unknown_never_a_lucene_error(graph):
    with pytest.raises(UsageError):
        lookup.resolve(graph, "郭家娄居民区" * 100)
    with pytest.raises(lookup.UnknownName):  # the longest name allowed still makes a query Lucene takes
        lookup.resolve(graph, ("郭家娄" + "某" * 10) * 7 + "郭")


@pytest.mark.parametrize("text", ["1+10+7应急预案体系", 'a"b', "(", "\\", "*:*", "AND", "~", "x^"])
def test_lucene_syntax_in_input_is_taken_literally(graph, text):
    # no exception from the full-text query parser, and nothing matched by accident
    assert lookup.search(graph, text) == []


def test_search_ranks_the_closest_form_first_and_classes_last(graph):
    found = lookup.search(graph, "市府小区临时")
    assert found[0].name == "市府小区临时党支部"
    assert {c.name for c in found} >= {"市府小区临时党支部", "市府小区"}
    found = lookup.search(graph, "临时党支部")
    assert found[0].uid == "partyorg:市府小区临时党支部" and found[0].how == "fuzzy"
    assert [(c.uid, c.how) for c in found[1:]] == [
        ("partyorg:临时党支部@linfen", "class"), ("partyorg:临时党支部@maonan", "class")
    ]  # fmt: skip


def test_search_pools_every_stage_but_resolve_stops_at_the_first(graph):
    from kb.store import queries

    rows = queries.run_query(graph, "search", "市府小区").rows
    assert [(r["name"], r["how"], r["uid"]) for r in rows][:2] == [
        ("市府小区", "name", "community:市府小区"), ("市府小区临时党支部", "fuzzy", "partyorg:市府小区临时党支部")
    ]  # fmt: skip
    assert lookup.resolve(graph, "市府小区").uids == ("community:市府小区",)


# ------------------------------------------------------------------ the command line


def kb(env, *args):
    return subprocess.run([KB, *args], env={**env, "COLUMNS": "160"}, cwd=ROOT, capture_output=True, text=True,
                          timeout=120)  # fmt: skip


def one_line_error(p) -> str:
    assert "Traceback" not in p.stderr and len(p.stderr.strip().splitlines()) == 1, p.stderr
    return p.stderr


@pytest.mark.parametrize("text", ["郭家樓居民區", "guojialou", "Guo Jia Lou"])
def test_cli_pairs_with_a_typo_or_pinyin(graph, kb_env, text):
    p = kb(kb_env, "pairs", text)
    assert p.returncode == 0, p.stderr
    assert "pairs-with: 郭家娄居民区 (Community, found by pinyin)" in p.stdout and "陆海峰" in p.stdout


def test_cli_unknown_name_exits_3_with_suggestions(graph, kb_env):
    p = kb(kb_env, "pairs", "不存在居民区")
    assert p.returncode == 3 and "closest" in one_line_error(p) and "郭家娄居民区" in p.stderr
    p = kb(kb_env, "pairs", "居民区")
    assert p.returncode == 3 and "names a class" in one_line_error(p)


def test_cli_ambiguity_exits_4_the_same_every_run_with_uids(graph, kb_env):
    runs = [kb(kb_env, "query", "mechanisms", "--name", "城南街道") for _ in range(3)]
    assert {p.returncode for p in runs} == {4}
    assert len({one_line_error(p) for p in runs}) == 1
    assert "uid region:城南街道@某某区" in runs[0].stderr and "uid region:城南街道@茂南区" in runs[0].stderr


def test_cli_search_shows_uids_that_questions_take(graph, kb_env):
    p = kb(kb_env, "search", "城南街道", "--json")
    uids = [r["uid"] for r in json.loads(p.stdout)["rows"]][:2]
    assert uids == ["region:城南街道@某某区", "region:城南街道@茂南区"]
    table = kb(kb_env, "search", "城南街道")
    assert table.returncode == 0 and all(uid in table.stdout for uid in uids)
    picked = kb(kb_env, "query", "evidence", "--name", uids[1], "--json")
    assert picked.returncode == 0 and json.loads(picked.stdout)["entity"]["how"] == "uid"


@pytest.mark.parametrize("command", ["pairs", "search"])
def test_cli_long_input_is_one_line(graph, kb_env, command):
    p = kb(kb_env, command, "郭" * 600)
    assert p.returncode == 2 and "at most" in one_line_error(p)
