"""Bad input gets one clear line on stderr and a distinct non-zero exit, never a traceback."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
from neo4j.exceptions import Neo4jError

from kb import server
from kb.pipeline import expand_paths
from kb.store.session import as_kb_error

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
        (("extract", "/nonexistent/report.txt"), 2, "no such file"),
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
    assert out.returncode == 2 and "no report files" in out.stderr


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


# ------------------------------------------------------------------ failures of the surroundings


@pytest.mark.parametrize("args", [("pairs", b"\xff"), ("search", "松江".encode() + b"\xfe"), ("extract", b"\xff.txt")])
def test_an_argument_that_is_not_utf8_is_a_usage_error(args):
    out = subprocess.run([KB, *args], capture_output=True, text=True, cwd=ROOT)  # bytes go to argv as they are
    assert out.returncode == 2 and one_line(out.stderr) and "not UTF-8" in out.stderr, out.stderr


@pytest.mark.parametrize("args", [("extract", "seeds", "--json"), ("query", "--list")])
def test_a_full_device_as_stdout_is_exit_7(args):
    with open("/dev/full", "w") as full:
        out = subprocess.run([KB, *args], stdout=full, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    assert out.returncode == 7 and "No space left" in out.stderr, out.stderr
    if "--json" in args:  # with --json the one line is a JSON object
        assert out.stderr.count("\n") == 1 and json.loads(out.stderr)["error"]["code"] == 7
    else:
        assert one_line(out.stderr), out.stderr


def test_a_full_device_as_stdout_of_a_question_is_exit_7(graph, kb_env):
    with open("/dev/full", "w") as full:
        out = subprocess.run([KB, "pairs", "郭家娄居民区"], stdout=full, stderr=subprocess.PIPE, text=True,
                             env=kb_env, cwd=ROOT)  # fmt: skip
    assert out.returncode == 7 and one_line(out.stderr) and "could not write the output" in out.stderr


def test_ctrl_c_says_interrupted_and_exits_130(tmp_path):
    for copy in range(10):  # ten times the seeds: about ten seconds of extraction here
        for report in (ROOT / "seeds").glob("*.txt"):
            shutil.copy(report, tmp_path / f"{copy}_{report.name}")
    proc = subprocess.Popen([KB, "extract", str(tmp_path)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, cwd=ROOT)  # fmt: skip
    time.sleep(3)
    assert proc.poll() is None, "the extraction ended before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130 and err == "kb: interrupted\n", err


@pytest.fixture
def frozen_server(own_server):
    """The test server's JVM stopped (SIGSTOP) for the test, continued whatever happens."""
    layout = server.Layout(Path(own_server["KB_HOME"]) / f"neo4j-{server.NEO4J_VERSION}")
    pid = server._read_pid(layout)
    assert pid and server._is_our_server(pid, layout)
    os.kill(pid, signal.SIGSTOP)
    try:
        yield own_server
    finally:
        os.kill(pid, signal.SIGCONT)


def timed(args: tuple[str, ...], env: dict[str, str]) -> tuple[subprocess.CompletedProcess, float]:
    started = time.monotonic()
    out = subprocess.run([KB, *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    return out, time.monotonic() - started


def test_a_frozen_server_is_said_within_seconds(frozen_server):
    out, seconds = timed(("pairs", "郭家娄居民区"), frozen_server)
    assert out.returncode == 5 and one_line(out.stderr) and "frozen or overloaded" in out.stderr, out.stderr
    assert seconds < 15  # the driver's defaults took 61 s
    out, seconds = timed(("server", "status"), frozen_server)
    assert out.returncode == 5 and "not answering" in out.stdout and not out.stderr, out.stdout + out.stderr
    assert seconds < 15  # 122 s, and "Neo4j None None"


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("Neo.DatabaseError.Transaction.TransactionStartFailed",
         "The database has encountered a critical error, and needs to be restarted. Please see database logs."),
        ("Neo.TransientError.General.DatabaseUnavailable", "Database 'neo4j' is unavailable."),
    ],
)  # fmt: skip
def test_a_database_that_cannot_serve_is_exit_5(code, message):
    # The driver's own hydration of a server FAILURE (what it raises when the server says this).
    error = as_kb_error(Neo4jError._hydrate_neo4j(code=code, message=message))
    assert error is not None and error.exit_code == 5
    assert str(error).startswith("Neo4j database unavailable: ") and message in str(error)
