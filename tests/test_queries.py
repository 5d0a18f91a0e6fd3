"""Canned questions, `kb query` / `kb pairs` / `kb cypher` against the real server."""

from __future__ import annotations

import json
import subprocess

import pytest

from kb.present import jsonable
from kb.store import queries

from .conftest import KB, ROOT


def names(result: queries.QueryResult) -> str:
    return json.dumps(jsonable(result.rows), ensure_ascii=False)


@pytest.mark.parametrize(
    "query, text, expect",
    [
        ("pairs-with", "郭家娄居民区", ["陆海峰", "SINKS_TO", "3月31日", "songjiang.txt"]),
        ("pairs-with", "榮欣居民區", ["李爱华", "第二书记"]),
        ("pairs-with", "市府小区", ["贾改梅", "市府小区临时党支部"]),  # through the branch at the community
        ("pairs-with", "仕林苑小区", ["任泰成", "仕林苑小区干部下沉工作组"]),  # directly and through the group
        ("pairs-with", "二号方舱", ["佘山镇", "TAKES_OVER", "朱伟杰", "总指挥", "重庆援沪医疗队"]),
        ("person", "朱伟杰", ["佘山镇党委", "副书记", "申港路集中隔离治疗点", "MENTIONED_IN"]),
        ("hierarchy", "党员示范户", ["单元楼党小组", "楼院党支部", "网格党总支", "社区党委", "街道党工委"]),
        ("hierarchy", "网格党总支", ["above", "社区党委", "below", "党员示范户"]),
        ("mechanisms", "茂南区", ["片长制", "点长制", "队长制", "小组长制"]),  # 小组长制: a sub-region's
        ("stats", "临汾市", ["1255", "2159", "246"]),  # 246: 尧都区, a sub-region
        ("evidence", "陆海峰", ["下沉到中山街道郭家娄居民区", "陆海峰 SINKS_TO 郭家娄居民区"]),
        ("search", "城南", ["城南街道", "茂南区", "某某区"]),
    ],
)
def test_canned_question(graph, query, text, expect):
    out = names(queries.run_query(graph, query, text))
    missing = [e for e in expect if e not in out]
    assert not missing, out


def test_stats_of_a_region_do_not_leak_to_its_parent_from_elsewhere(graph):
    rows = queries.run_query(graph, "stats", "尧都区").rows
    assert [r["value"] for r in rows] == [246]


def test_every_canned_question_has_a_header(graph):
    listed = queries.list_queries()
    assert {q.name for q in listed} >= {"pairs-with", "person", "hierarchy", "mechanisms", "stats", "evidence", "search"}
    for q in listed:
        assert q.summary and "Parameters:" in q.header


def test_an_empty_answer_is_an_error_of_its_own(graph):
    with pytest.raises(queries.EmptyResult) as err:
        queries.run_query(graph, "hierarchy", "郭家娄居民区")
    assert err.value.exit_code == 1


# ------------------------------------------------------------------ the CLI, in a subprocess


def kb(env, *args):
    return subprocess.run([KB, *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_cli_query_json(graph, kb_env):
    p = kb(kb_env, "query", "pairs-with", "--name", "二号方舱", "--json")
    assert p.returncode == 0, p.stderr
    data = json.loads(p.stdout)
    assert data["entity"]["name"] == "申港路集中隔离治疗点" and data["entity"]["how"] == "alias"
    assert {r["who"] for r in data["rows"]} == {"佘山镇", "朱伟杰", "重庆援沪医疗队"}


def test_cli_table_and_shortcut(graph, kb_env):
    p = kb(kb_env, "pairs", "郭家娄")
    assert p.returncode == 0, p.stderr
    assert "陆海峰" in p.stdout and "郭家娄居民区" in p.stdout


def test_cli_query_list(graph, kb_env):
    p = kb(kb_env, "query", "--list")
    assert p.returncode == 0 and "pairs-with" in p.stdout and "hierarchy" in p.stdout


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["query", "person", "--name", "张三"], 3, "no entity named"),
        (["query", "mechanisms", "--name", "城南街道"], 4, "ambiguous"),
        (["query", "hierarchy", "--name", "郭家娄居民区"], 1, "nothing found"),
        (["query", "no-such-question", "--name", "x"], 2, "no canned question"),
        (["query", "person"], 2, "usage"),
        (["cypher", "CREATE (n:Region {name: 'x'}) RETURN n"], 2, "read-only"),
        (["cypher", "MATCH (n RETURN n"], 2, "syntax"),
        (["cypher", "RETURN 1", "--param", "novalue"], 2, "key=value"),
    ],
)
def test_cli_errors_are_one_line_with_distinct_exit_codes(graph, kb_env, args, code, message):
    p = kb(kb_env, *args)
    assert p.returncode == code, (p.stdout, p.stderr)
    assert message in p.stderr.lower() or message in p.stderr
    assert "Traceback" not in p.stderr and len(p.stderr.strip().splitlines()) == 1


def test_cli_server_down(kb_env):
    env = {**kb_env, "NEO4J_URI": "bolt://127.0.0.1:9", "NEO4J_PASSWORD": "x"}
    p = kb(env, "query", "pairs-with", "--name", "郭家娄")
    assert p.returncode == 5 and "Traceback" not in p.stderr and len(p.stderr.strip().splitlines()) == 1


def test_cli_cypher_json(graph, kb_env):
    p = kb(kb_env, "cypher", "MATCH (r:Region {name: $n}) RETURN r.name AS name, r", "--param", "n=茂南区", "--json")
    assert p.returncode == 0, p.stderr
    rows = json.loads(p.stdout)
    assert rows[0]["name"] == "茂南区" and "Region" in rows[0]["r"]["labels"]


def test_cli_browser_says_where_and_how_to_log_in(kb_env, neo4j_settings):
    p = kb(kb_env, "browser", "--json")
    assert p.returncode == 0, p.stderr
    info = json.loads(p.stdout)
    assert info["connect_url"] == neo4j_settings.uri and info["user"] == neo4j_settings.user
    assert info["style"].endswith("cypher/browser-style.grass")
    assert neo4j_settings.password not in p.stdout  # the password is only printed when asked for


def test_cli_load_with_the_server_down(kb_env):
    env = {**kb_env, "NEO4J_URI": "bolt://127.0.0.1:9", "NEO4J_PASSWORD": "x"}
    p = kb(env, "load", "seeds/002_d99b937aa296e014.txt")
    assert p.returncode == 5 and "Traceback" not in p.stderr and len(p.stderr.strip().splitlines()) == 1
