"""Bad input gets one clear line on stderr and a distinct non-zero exit, never a traceback."""

from __future__ import annotations

import subprocess

import pytest

from kb.pipeline import expand_paths

from .conftest import KB, ROOT


def kb(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([KB, *args], capture_output=True, text=True, env=env, cwd=ROOT)


def one_line(err: str) -> bool:
    return err.count("\n") == 1 and err.startswith("kb: ") and "Traceback" not in err


@pytest.mark.parametrize(
    ("args", "code", "says"),
    [
        (("nosuch",), 2, "No such command"),
        (("extract",), 2, "Missing argument"),
        (("query", "--bogus"), 2, "No such option"),
        (("extract", "/nonexistent/report.txt"), 2, "cannot read"),
        (("extract", "/etc/hostname"), 2, "no Chinese text"),
        (("query", "nosuch", "--name", "x"), 2, "no canned question"),
        (("cypher", " "), 2, "empty Cypher"),
    ],
)
def test_usage_errors_are_one_line(args, code, says):
    out = kb(*args)
    assert out.returncode == code, out.stderr
    assert one_line(out.stderr) and says in out.stderr, out.stderr


def test_a_directory_without_reports_is_refused(tmp_path):
    out = kb("load", str(tmp_path), "--reset")
    assert out.returncode in (2, 5)  # refused before anything is reset, whether or not a server runs
    assert one_line(out.stderr)
    out = kb("extract", str(tmp_path))
    assert out.returncode == 2 and "no *.txt reports" in out.stderr


def test_kb_alone_prints_help():
    out = kb()
    assert out.returncode == 0 and "Usage: kb" in out.stdout


def test_a_server_that_is_down_is_exit_5(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "NEO4J_URI": "bolt://127.0.0.1:1",
           "NEO4J_USERNAME": "neo4j", "NEO4J_PASSWORD": "x"}  # fmt: skip
    out = kb("pairs", "郭家娄居民区", env=env)
    assert out.returncode == 5 and one_line(out.stderr) and "does not answer" in out.stderr


def test_a_malformed_uri_is_a_usage_error(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "NEO4J_URI": "foo", "NEO4J_PASSWORD": "x"}
    out = kb("search", "松江", env=env)
    assert out.returncode == 2 and one_line(out.stderr) and "NEO4J_URI" in out.stderr


def test_each_file_is_read_once_however_often_it_is_named():
    seeds = ROOT / "seeds"
    once = expand_paths([seeds])
    assert expand_paths([seeds, seeds, seeds / once[0].name]) == once


def test_a_graph_never_loaded_says_so(clean_db, kb_env):
    from kb.store.writer import ensure_schema

    clean_db.execute_query("DROP INDEX entity_lookup IF EXISTS")  # as on a server nothing was loaded into
    try:
        out = kb("search", "松江", env=kb_env)
        assert out.returncode == 1 and one_line(out.stderr) and "graph is empty" in out.stderr
    finally:
        ensure_schema(clean_db)
