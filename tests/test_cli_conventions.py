"""Conventions every command keeps: --json (also for failures), --version, plain flags in help,
exit codes as the README lists them (an empty answer 1, refused credentials 9), quick start-up."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kb.errors import AuthFailed

from .conftest import KB, ROOT


def kb(env, *args):
    return subprocess.run([KB, *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_version():
    from importlib.metadata import version

    p = kb(None, "--version")
    assert p.returncode == 0 and p.stdout.strip() == f"kb {version('kb')}"


@pytest.mark.parametrize("command", [[], ["pairs"], ["load"], ["server", "status"], ["cypher"], ["up"]])
def test_help_shows_no_bool_metavars(command):
    p = kb(None, *command, "--help")
    assert p.returncode == 0, p.stderr
    assert "<bool>" not in p.stdout and "--help" in p.stdout


def test_errors_are_json_with_json(graph, kb_env):
    p = kb(kb_env, "query", "person", "--name", "张三", "--json")
    assert p.returncode == 3 and p.stdout == ""
    assert p.stderr.count("\n") == 1
    error = json.loads(p.stderr)["error"]
    assert error["code"] == 3 and error["kind"] == "UnknownName" and "张三" in error["message"]
    p = kb(kb_env, "pairs", "--bogus", "--json")  # Click's own usage errors too
    assert p.returncode == 2 and json.loads(p.stderr)["error"]["code"] == 2


def test_errors_without_json_stay_plain(graph, kb_env):
    p = kb(kb_env, "query", "person", "--name", "张三")
    assert p.returncode == 3 and p.stderr.startswith("kb: ") and p.stderr.count("\n") == 1


def test_cypher_empty_result_exits_1(graph, kb_env):
    p = kb(kb_env, "cypher", "MATCH (n:Region {name: 'nowhere'}) RETURN n")
    assert p.returncode == 1 and "no rows" in p.stderr and p.stderr.count("\n") == 1


def test_wrong_password_has_its_own_exit_code(graph, kb_env, neo4j_settings):
    env = {**kb_env, "NEO4J_URI": neo4j_settings.uri, "NEO4J_USERNAME": "neo4j",
           "NEO4J_PASSWORD": "not-the-password"}  # fmt: skip
    p = kb(env, "pairs", "郭家娄居民区")
    assert p.returncode == AuthFailed.exit_code == 9, p.stderr
    assert "refused" in p.stderr and "NEO4J_PASSWORD" in p.stderr and p.stderr.count("\n") == 1


def test_server_commands_speak_json(own_server):
    status = json.loads(kb(own_server, "server", "status", "--json").stdout)
    assert status["running"] and status["bolt"].startswith("bolt://127.0.0.1:")
    started = json.loads(kb(own_server, "server", "start", "--json").stdout)  # already running: a no-op
    assert started["running"] and started["bolt"] == status["bolt"]
    installed = json.loads(kb(own_server, "server", "install", "--json").stdout)
    assert installed["already_installed"] is True and installed["home"].startswith(own_server["KB_HOME"])
    stored = json.loads((Path(own_server["KB_HOME"]) / "credentials.json").read_text(encoding="utf-8"))
    printed = json.loads(kb(own_server, "server", "password", "--json").stdout)
    same = printed == {"password": stored["password"]}  # not compared in the open: no password in logs
    assert same


def test_server_stop_json_without_a_server(tmp_path, own_server):
    env = {**own_server, "KB_HOME": str(tmp_path)}
    p = kb(env, "server", "stop", "--json")
    assert p.returncode == 0 and json.loads(p.stdout) == {"stopped": False}


def test_extract_explain_json_is_one_object_per_article(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text("测试区开展防疫\n\n2022年4月2日,测试区组织200名党员下沉到测试社区,开展防疫工作。\n",
                      encoding="utf-8")
    p = kb(None, "extract", str(report), "--explain", "--json")
    assert p.returncode == 0, p.stderr
    articles = [json.loads(line) for line in p.stdout.splitlines()]
    assert len(articles) == 1
    texts = [s["text"] for s in articles[0]["sentences"]]
    assert any("200名党员" in t for t in texts)
    assert all({"index", "mentions", "relations", "counts"} <= set(s) for s in articles[0]["sentences"])


def test_query_commands_leave_the_dataframe_libraries_alone():
    """The driver would import numpy/pandas (0.4 s) for nothing: not in the query commands."""
    code = ("import sys; sys.argv = ['kb', 'pairs', '--help']\n"
            "from kb import cli\n"
            "try:\n    cli.run()\nexcept SystemExit:\n    pass\n"
            "import neo4j\n"
            "print(sorted(m for m in ('numpy', 'pandas') if sys.modules.get(m) is not None))")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip().splitlines()[-1] == "[]"


def test_up_json_is_one_object(clean_db, own_server, kb_env):
    p = subprocess.run([KB, "up", "--json"], env=kb_env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    data = json.loads(p.stdout)  # nothing else on stdout: the load's own summary is inside
    assert data["server"]["running"] and data["load"]["files"] >= 1
    assert data["answer"]["entity"]["name"] == "郭家娄居民区" and data["answer"]["rows"]
